#!/bin/sh
# Builds self-contained releases of cairn: one executable per platform that runs on a machine without .NET.
#   linux-x64 (on a linux-x64 machine with clang): Native AOT, the whole program compiled to machine code and trimmed
#     to what it uses; starts in less than half of ReadyToRun's time (docs/benchmarks.md). No `llm.provider: anthropic` in this form (the
#     Anthropic package needs run-time reflection; docs/llm.md): use the dotnet tool or a ReadyToRun build for it.
#   every other platform, or linux-x64 without clang: a single file, ahead-of-time compiled to native code
#     (ReadyToRun) beside the IL, not trimmed. Native AOT does not cross-compile across operating systems, and an
#     arm64 build from x64 needs an arm64 sysroot (see docs/benchmarks.md, "Native AOT").
# -warnaserror: a trimming, AOT, single-file or ReadyToRun warning fails the release rather than scrolling past.
#
#   scripts/release.sh [RID...]     default: linux-x64 linux-arm64 osx-arm64 win-x64
#   CAIRN_RELEASE_FORM=r2r scripts/release.sh linux-x64     ReadyToRun even where Native AOT is possible
#
# Output: artifacts/release/cairn-VERSION-RID.tar.gz (.zip for win-x64), and the unpacked folder beside it.
# The runtime packs of each RID (and the AOT compiler) come from NuGet the first time; later runs reuse the cache.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/release"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/src/Cairn.Cli/Cairn.Cli.csproj")
[ $# -gt 0 ] || set -- linux-x64 linux-arm64 osx-arm64 win-x64
host="$(uname -s)-$(uname -m)"

# The form a RID is built in here: aot where this machine can compile it natively, else r2r.
form() {
  if [ "${CAIRN_RELEASE_FORM:-}" = r2r ] || [ "$1" != linux-x64 ] || [ "$host" != Linux-x86_64 ]; then
    echo r2r
  elif command -v clang >/dev/null 2>&1; then
    echo aot
  else
    echo "note: linux-x64 built ReadyToRun: Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev)" >&2
    echo r2r
  fi
}

mkdir -p "$out"
for rid in "$@"; do
  dir="$out/cairn-$version-$rid"
  rm -rf "$dir"
  f=$(form "$rid")
  echo "== $rid ($f)"
  if [ "$f" = aot ]; then
    # SQLite's native library ships beside the executable (SQLitePCLRaw has no static library to link in).
    dotnet publish "$root/src/Cairn.Cli" -c Release -r "$rid" -warnaserror \
      -p:PublishAot=true -p:DebugType=none -p:StripSymbols=true -o "$dir"
    rm -f "$dir"/*.dbg "$dir"/*.pdb
  else
    dotnet publish "$root/src/Cairn.Cli" -c Release -r "$rid" --self-contained -warnaserror \
      -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true \
      -p:DebugType=none -o "$dir"
  fi
  case "$rid" in
    win-*) (cd "$out" && rm -f "cairn-$version-$rid.zip" && zip -qr "cairn-$version-$rid.zip" "cairn-$version-$rid") ;;
    *) tar -C "$out" -czf "$out/cairn-$version-$rid.tar.gz" "cairn-$version-$rid" ;;
  esac
  ls -l "$dir"
done
echo "releases in $out"
