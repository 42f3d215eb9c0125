#!/bin/sh
# Builds self-contained single-file releases of cairn: one executable per platform that runs on a machine without
# .NET, ahead-of-time compiled to native code (ReadyToRun) so a command does not wait on the JIT at start-up.
# Not trimmed: nothing is cut from the program, so the release build has no trimming or AOT warnings to answer for.
#
#   scripts/release.sh [RID...]     default: linux-x64 linux-arm64 osx-arm64 win-x64
#
# Output: artifacts/release/cairn-VERSION-RID.tar.gz (cairn.zip for win-x64), and the unpacked folder beside it.
# The runtime packs of each RID come from NuGet the first time (Microsoft.NETCore.App.Runtime.RID, .Host.RID and
# Crossgen2 for this machine), so the first run needs the feed; later runs reuse the local package cache.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/release"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/src/Cairn.Cli/Cairn.Cli.csproj")
[ $# -gt 0 ] || set -- linux-x64 linux-arm64 osx-arm64 win-x64

mkdir -p "$out"
for rid in "$@"; do
  dir="$out/cairn-$version-$rid"
  rm -rf "$dir"
  echo "== $rid"
  # -warnaserror: a trimming, single-file or ReadyToRun warning fails the release rather than scrolling past.
  dotnet publish "$root/src/Cairn.Cli" -c Release -r "$rid" --self-contained -warnaserror \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:DebugType=none -o "$dir"
  case "$rid" in
    win-*) (cd "$out" && rm -f "cairn-$version-$rid.zip" && zip -qr "cairn-$version-$rid.zip" "cairn-$version-$rid") ;;
    *) tar -C "$out" -czf "$out/cairn-$version-$rid.tar.gz" "cairn-$version-$rid" ;;
  esac
  ls -l "$dir"
done
echo "releases in $out"
