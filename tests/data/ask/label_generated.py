"""Labels the generated-vault questions of questions.json from the vault's Markdown alone (no Cairn code):
run on `dotnet run --project bench/Cairn.Bench -- generate DIR 400` (seed 1). Prints the generated questions as JSON."""
import json, os, re, sys

root = sys.argv[1]
TODAY = "2025-10-01"
notes = []
for account in sorted(os.listdir(os.path.join(root, "Meetings"))):
    for name in sorted(os.listdir(os.path.join(root, "Meetings", account))):
        rel = f"Meetings/{account}/{name}"
        text = open(os.path.join(root, rel), encoding="utf-8").read()
        lines = text.split("\n")
        date = re.search(r'^date: "(.*)"', text, re.M).group(1)
        participants = json.loads(re.search(r"^participants: (\[.*\])", text, re.M).group(1))
        section, decisions, tasks = None, [], []
        for i, line in enumerate(lines, 1):
            if line.startswith("## "):
                section = line[3:]
            elif section == "Decisions" and line.startswith("- "):
                decisions.append(line[2:])
            elif line.startswith("- [ ] "):
                owner = re.search(r"@(.+?)(?: [⏫🔼🔽🔺]| 📅| #task)", line).group(1)
                tasks.append({"file": rel, "line": i, "owner": owner})
        notes.append(dict(path=rel, account=account, date=date, participants=participants, text=text, decisions=decisions, tasks=tasks))

def took_part(n, who):
    return who in n["participants"] or n["account"] == who

def they_owe(who):
    return [f"{t['file']}:{t['line']}" for n in notes for t in n["tasks"] if t["owner"] == who]

def we_owe(who):
    return [f"{t['file']}:{t['line']}" for n in notes if took_part(n, who) for t in n["tasks"] if t["owner"] == "Myself"]

def last(who):
    return max(n["date"] for n in notes if took_part(n, who))

def where(pred):
    return [n["path"] for n in notes if pred(n)]

qs = []
def q(id, question, kind, **expected):
    qs.append(dict(id=id, vault="generated", question=question, kind=kind, **expected))

q("g01", "What does Chloe owe me?", "they_owe", person="Chloe Lee", expected_tasks=sorted(they_owe("Chloe Lee")))
q("g02", "What do I owe Chloe Lee?", "we_owe", person="Chloe Lee", expected_tasks=sorted(we_owe("Chloe Lee")))
q("g03", "When did I last talk to Dev Lee?", "last_contact", person="Dev Lee", expected_date=last("Dev Lee"))
q("g04", "When did we last meet Bexme?", "last_contact", person="Bexme", expected_date=last("Bexme"))
q("g05", "What did we decide about the pilot scope with Techlux in May?", "decision",
  expected_notes=where(lambda n: n["account"] == "Techlux" and n["date"].startswith("2025-05") and any("pilot scope" in d for d in n["decisions"])))
q("g06", "What did we discuss last week?", "passage", expected_notes=where(lambda n: "2025-09-22" <= n["date"] <= "2025-09-28"))
q("g07", "What did Eyal say about the ROI analysis?", "passage",
  expected_notes=where(lambda n: "Eyal Lee" in n["participants"] and "ROI analysis" in n["text"]))
q("g08", "Who is the budget owner in the pricing model sync 00123?", "passage", expected_notes=where(lambda n: "sync 00123" in n["path"]))
q("g09", "What changed on the Mevel account since September?", "passage",
  expected_notes=where(lambda n: n["account"] == "Mevel" and n["date"] >= "2025-09-01"))
q("g10", "What did we decide about the migration plan?", "decision",
  expected_notes=where(lambda n: any("migration plan" in d for d in n["decisions"])))
q("g11", "When did I last talk to Farah Lee?", "last_contact", person="Farah Lee", expected_date=last("Farah Lee"))
q("g12", "What does Gus owe me?", "they_owe", person="Gus Lee", expected_tasks=sorted(they_owe("Gus Lee")))
q("g13", "When did I last talk to Omar?", "last_contact", person="Omar Lee", expected_date=last("Omar Lee"))
q("g14", "What did we decide about the SOW draft with Velnova since August?", "decision",
  expected_notes=where(lambda n: n["account"] == "Velnova" and n["date"] >= "2025-08-01" and any("SOW draft" in d for d in n["decisions"])))
json.dump(qs, sys.stdout, ensure_ascii=False, indent=2)
