#!/usr/bin/env python3
"""Regenerates sample-data/ (the demo school) deterministically. Run from the repo root.

The files it writes are plain CSV and Markdown, documented in sample-data/README.md; the app reads
only those files, never this script."""
import csv, random, datetime as dt, os, pathlib

R = random.Random(20261124)
D = dt.date
ANCHOR = D(2026, 11, 24)
OUT = pathlib.Path("sample-data")
(OUT / "documents").mkdir(parents=True, exist_ok=True)

ALL = "All staff"; EVERY = "Everyone"
# title, code, area, statutory, owner, approving body, review months, reack months, audience, status
POLICIES = [
 ("Child Protection and Safeguarding Policy","SG-01","Safeguarding","yes","Sarah Whitfield (DSL)","Full governing body",12,12,EVERY,"active"),
 ("Keeping Children Safe in Education Part 1","SG-02","Safeguarding","yes","Sarah Whitfield (DSL)","Headteacher",12,12,EVERY,"active"),
 ("Low-Level Concerns Policy","SG-03","Safeguarding","no","Sarah Whitfield (DSL)","Full governing body",12,"",ALL,"active"),
 ("Online Safety Policy","SG-04","Safeguarding","no","Tom Okafor (Computing lead)","Full governing body",12,"",ALL,"active"),
 ("Intimate Care Policy","SG-05","Safeguarding","no","Priya Shah (SENCO)","Full governing body",24,"","Teacher; Teaching assistant; Support staff","active"),
 ("Visitors and Volunteers Policy","SG-06","Safeguarding","no","Helen Marsh (School business manager)","Headteacher",24,"","Volunteer; Contractor; Support staff","active"),
 ("Behaviour Policy","BE-01","Behaviour","yes","James Carter (Deputy head)","Full governing body",12,"",ALL,"active"),
 ("Anti-Bullying Policy","BE-02","Behaviour","yes","James Carter (Deputy head)","Full governing body",24,"",ALL,"active"),
 ("Attendance Policy","BE-03","Behaviour","yes","James Carter (Deputy head)","Full governing body",12,"",ALL,"active"),
 ("Staff Code of Conduct","HR-01","HR","yes","Sarah Whitfield (Headteacher)","Full governing body",12,"",EVERY,"active"),
 ("Social Media Policy","HR-02","HR","no","Helen Marsh (School business manager)","Full governing body",24,"",ALL,"active"),
 ("Whistleblowing Policy","HR-03","HR","yes","Sarah Whitfield (Headteacher)","Full governing body",36,"",ALL,"active"),
 ("Teacher Pay Policy","HR-04","HR","yes","Helen Marsh (School business manager)","Resources committee",12,"","Teacher; Senior leadership","active"),
 ("Capability Policy","HR-05","HR","yes","Sarah Whitfield (Headteacher)","Full governing body",36,"",ALL,"active"),
 ("Grievance Procedure","HR-06","HR","yes","Sarah Whitfield (Headteacher)","Full governing body",36,"",ALL,"active"),
 ("Health and Safety Policy","HS-01","Health & safety","yes","Helen Marsh (School business manager)","Full governing body",12,"",EVERY,"active"),
 ("First Aid Policy","HS-02","Health & safety","no","Helen Marsh (School business manager)","Headteacher",24,"",ALL,"active"),
 ("Fire Safety and Evacuation Procedure","HS-03","Health & safety","no","Helen Marsh (School business manager)","Headteacher",12,"",EVERY,"active"),
 ("Lone Working Policy","HS-04","Health & safety","no","Helen Marsh (School business manager)","Headteacher",36,"","Support staff; Senior leadership; Contractor","active"),
 ("Supporting Pupils with Medical Conditions","HS-05","Health & safety","yes","Priya Shah (SENCO)","Full governing body",24,"","Teacher; Teaching assistant; Support staff; Senior leadership","active"),
 ("Data Protection Policy","DP-01","Data protection","yes","Helen Marsh (DPO contact)","Full governing body",24,"",EVERY,"active"),
 ("Acceptable Use of IT Policy","DP-02","Data protection","no","Tom Okafor (Computing lead)","Headteacher",24,"",EVERY,"active"),
 ("Freedom of Information Publication Scheme","DP-03","Data protection","yes","Helen Marsh (School business manager)","Full governing body",48,"","Senior leadership; Support staff; Governor","active"),
 ("Special Educational Needs and Disabilities Policy","CU-01","Curriculum","yes","Priya Shah (SENCO)","Full governing body",12,"","Teacher; Teaching assistant; Senior leadership","active"),
 ("Relationships and Sex Education Policy","CU-02","Curriculum","yes","James Carter (Deputy head)","Full governing body",36,"","Teacher; Senior leadership","active"),
 ("Early Years Foundation Stage Policy","CU-03","Curriculum","yes","Rachel Green (EYFS lead)","Headteacher",12,"","Teacher; Teaching assistant","active"),
 ("Accessibility Plan","GV-01","Governance","yes","Priya Shah (SENCO)","Full governing body",36,"","Senior leadership; Governor","active"),
 ("Charging and Remissions Policy","GV-02","Governance","yes","Helen Marsh (School business manager)","Resources committee",24,"","Senior leadership; Support staff; Governor","active"),
 ("Complaints Procedure","GV-03","Governance","yes","Sarah Whitfield (Headteacher)","Full governing body",36,"","Senior leadership; Support staff; Governor","active"),
 ("Equality Information and Objectives","GV-04","Governance","yes","Sarah Whitfield (Headteacher)","Full governing body",48,"",ALL,"active"),
 ("Remote Learning Policy","CU-04","Curriculum","no","Tom Okafor (Computing lead)","Headteacher",24,"","Teacher; Senior leadership","draft"),
 ("Mobile Phone Policy","HR-07","HR","no","Helen Marsh (School business manager)","Headteacher",24,"",ALL,"retired"),
]

# policy, label, effective, approved by, approved on, minute, material, summary, document
V = []
def ver(title, label, eff, by, on, minute, material, summary, doc=None):
    V.append((title, label, eff, by, on, minute, "yes" if material else "no", summary, doc))

ver("Child Protection and Safeguarding Policy","2024.1",D(2024,9,1),"Full governing body",D(2024,7,10),"FGB 24/07 item 6",True,"Annual update for KCSIE 2024")
ver("Child Protection and Safeguarding Policy","2025.1",D(2025,9,1),"Full governing body",D(2025,7,9),"FGB 25/07 item 5",True,"Annual update for KCSIE 2025")
ver("Child Protection and Safeguarding Policy","2026.1",D(2026,9,1),"Full governing body",D(2026,7,8),"FGB 26/07 item 4",True,"Annual update for KCSIE 2026: filtering and monitoring, online safety roles")
ver("Keeping Children Safe in Education Part 1","2025",D(2025,9,1),"Headteacher",D(2025,9,1),"",True,"KCSIE 2025 Part 1")
ver("Keeping Children Safe in Education Part 1","2026",D(2026,9,1),"Headteacher",D(2026,9,1),"",True,"KCSIE 2026 Part 1")
ver("Behaviour Policy","3.0",D(2025,11,3),"Full governing body",D(2025,10,15),"FGB 25/10 item 7",True,"New rewards and consequences ladder")
ver("Behaviour Policy","3.1",D(2026,4,20),"Headteacher",D(2026,4,14),"",False,"Corrected contact details and appendix numbering")
ver("Staff Code of Conduct","4.0",D(2025,9,1),"Full governing body",D(2025,7,9),"FGB 25/07 item 8",True,"Annual review")
ver("Staff Code of Conduct","5.0",D(2026,9,1),"Full governing body",D(2026,7,8),"FGB 26/07 item 9",True,"Adds personal devices and online conduct section")
ver("Online Safety Policy","2.0",D(2025,10,1),"Full governing body",D(2025,9,24),"FGB 25/09 item 3",True,"Rewritten for filtering and monitoring standards")
ver("Online Safety Policy","2.1",D(2026,3,2),"Headteacher",D(2026,2,25),"",False,"Updated named roles")
ver("Data Protection Policy","3.0",D(2025,5,1),"Full governing body",D(2025,4,23),"FGB 25/04 item 6",True,"Reviewed against UK GDPR and DPA 2018")
ver("Data Protection Policy","3.1",D(2026,2,2),"Headteacher",D(2026,1,28),"",False,"New DPO contact details")
ver("Social Media Policy","1.0",D(2023,12,1),"Mark Phillips",D(2023,12,1),"FGB 23/12 item 5",True,"First version","social-media-policy.docx")
approvals = {
 "Low-Level Concerns Policy":D(2025,12,3), "Intimate Care Policy":D(2025,3,12), "Visitors and Volunteers Policy":D(2025,6,18),
 "Anti-Bullying Policy":D(2025,2,5), "Attendance Policy":D(2026,1,14), "Whistleblowing Policy":D(2024,3,6),
 "Teacher Pay Policy":D(2025,10,8), "Capability Policy":D(2023,11,15), "Grievance Procedure":D(2023,11,15),
 "Health and Safety Policy":D(2026,1,21), "First Aid Policy":D(2025,1,22), "Fire Safety and Evacuation Procedure":D(2025,12,10),
 "Lone Working Policy":D(2024,5,22), "Supporting Pupils with Medical Conditions":D(2025,3,19),
 "Acceptable Use of IT Policy":D(2025,9,3), "Freedom of Information Publication Scheme":D(2023,2,8),
 "Special Educational Needs and Disabilities Policy":D(2025,11,19), "Relationships and Sex Education Policy":D(2024,6,12),
 "Early Years Foundation Stage Policy":D(2025,12,3), "Accessibility Plan":D(2024,2,7), "Charging and Remissions Policy":D(2025,1,29),
 "Complaints Procedure":D(2023,6,14), "Equality Information and Objectives":D(2023,3,22), "Remote Learning Policy":D(2026,11,2),
 "Mobile Phone Policy":D(2022,9,7),
}
pol = {p[0]: p for p in POLICIES}
for title, on in approvals.items():
    body = pol[title][5]
    eff = on + dt.timedelta(days=(7 - on.weekday()) % 7 or 7)
    ver(title, "1.0", eff, body, on, f"{'FGB' if 'governing' in body else 'RC' if 'committee' in body else 'HT'} {on:%y/%m}", True, "Adopted")
V.sort(key=lambda v: (v[0], v[2]))

# reviews: policy, due, planned meeting, reviewer, completed on, outcome, notes
REV = [
 ("Child Protection and Safeguarding Policy", D(2026,7,31), D(2026,7,8), "Sarah Whitfield", D(2026,7,8), "new-version", "Updated for KCSIE 2026"),
 ("Staff Code of Conduct", D(2026,7,31), D(2026,7,8), "Sarah Whitfield", D(2026,7,8), "new-version", "Personal devices section added"),
 ("Behaviour Policy", D(2026,10,31), D(2026,10,14), "James Carter", D(2026,10,14), "no-change", "Reviewed at FGB; no change needed"),
 ("Health and Safety Policy", D(2027,1,21), D(2027,1,20), "Helen Marsh", None, None, "Site survey first"),
 ("Attendance Policy", D(2027,1,14), D(2027,1,20), "James Carter", None, None, "New DfE attendance guidance to check"),
 ("Complaints Procedure", D(2026,6,14), D(2026,12,9), "Sarah Whitfield", None, None, "Postponed from summer"),
 ("Early Years Foundation Stage Policy", D(2026,12,3), D(2026,12,9), "Rachel Green", None, None, ""),
 # the cover of social-media-policy.docx: "Last reviewed on: September 2026" (as import-policy reads it) beside
 # "Next review due by: September 2026" (OVERRIDES): the contradictory dates the app flags as a data warning
 ("Social Media Policy", None, None, None, D(2026,9,1), "no-change", "Last reviewed on: September 2026, as printed on the cover"),
]
OVERRIDES = {"Social Media Policy": D(2026,9,30)}   # as printed on the document: a review-date error

GIVEN_F = ["Amelia","Olivia","Isla","Ava","Emily","Sophie","Grace","Lily","Hannah","Chloe","Jessica","Lucy","Ella","Megan","Zara","Aisha","Niamh","Fatima","Rebecca","Laura","Claire","Joanne","Nicola","Karen","Michelle"]
GIVEN_M = ["Oliver","Harry","George","Jack","Noah","Charlie","Thomas","Daniel","Samuel","Mohammed","Adam","Ben","Luke","Ryan","David","Mark","Paul","Andrew","Kwame","Arjun"]
FAMILY = ["Smith","Jones","Taylor","Brown","Williams","Wilson","Johnson","Davies","Patel","Robinson","Wright","Thompson","Evans","Walker","White","Roberts","Green","Hall","Wood","Jackson","Clarke","Hughes","Edwards","Turner","Hill","Moore","Khan","Ahmed","Murphy","Kelly","O'Brien","Lewis","Harris","Martin","Cooper","Ward","Morris","King","Baker","Young","Allen","Mitchell","Nowak","Begum"]

staff = []
def person(cat, title, start, ref=None, given=None, family=None, leave=None, absence=None, email=True):
    if given is None:
        given = R.choice(GIVEN_F if R.random() < 0.75 else GIVEN_M)
    if family is None:
        family = R.choice([f for f in FAMILY if f not in {s[1] for s in staff}] or FAMILY)
    n = len(staff) + 1
    if ref is None and cat not in ("Governor", "Volunteer", "Contractor"):
        ref = f"P{10230 + n * 7}"
    mail = f"{given[0].lower()}.{family.lower().replace(chr(39), '')}@oakfield.sch.uk" if email else ""
    if cat in ("Governor", "Volunteer", "Contractor") and email:
        mail = f"{given.lower()}.{family.lower().replace(chr(39), '')}@example.org.uk"
    staff.append((given, family, ref or "", mail, cat, title, start, leave, absence))

person("Senior leadership","Headteacher",D(2014,9,1),given="Sarah",family="Whitfield")
person("Senior leadership","Deputy headteacher",D(2017,9,1),given="James",family="Carter")
person("Senior leadership","SENCO and assistant head",D(2019,1,7),given="Priya",family="Shah")
person("Senior leadership","Assistant headteacher (EYFS lead)",D(2016,9,1),given="Rachel",family="Green")
teach_titles = ["Class teacher (Reception)","Class teacher (Year 1)","Class teacher (Year 2)","Class teacher (Year 3)","Class teacher (Year 4)","Class teacher (Year 5)","Class teacher (Year 6)","Class teacher (Year 6)","Class teacher (Year 3)","Class teacher (Year 4)","PPA cover teacher","Music teacher","Class teacher (Nursery)"]
for t in teach_titles:
    person("Teacher", t, D(R.randint(2009, 2025), 9, 1))
person("Teacher","Computing lead",D(2018,9,1),given="Tom",family="Okafor")
person("Teacher","Class teacher (Year 2)",D(2026,11,2))                       # new starter
person("Teacher","Class teacher (Year 5)",D(2012,9,1),leave=D(2026,8,31))      # leaver
person("Teacher","Class teacher (Year 1)",D(2015,9,1),absence=(D(2026,10,5),None))  # long-term absence
for i in range(9):
    person("Teaching assistant", R.choice(["Teaching assistant","HLTA","Learning support assistant","Teaching assistant (1:1)"]), D(R.randint(2010, 2025), R.choice([1,4,9]), R.choice([1,4,6])))
person("Teaching assistant","Teaching assistant",D(2026,11,16))              # new starter
person("Teaching assistant","Teaching assistant",D(2020,1,6),leave=D(2026,10,23))   # leaver
person("Support staff","School business manager",D(2011,4,18),given="Helen",family="Marsh")
for t in ["Office manager","Administrator","Site manager","Midday supervisor","Midday supervisor","Cook","Cleaner"]:
    person("Support staff", t, D(R.randint(2008, 2025), R.choice([1,4,9]), R.choice([1,3,7])))
person("Support staff","Administrator (attendance)",D(2026,10,19))           # new starter
person("Supply / agency","Supply teacher (long-term cover)",D(2026,10,5))
for t in ["Chair of governors","Safeguarding governor","Parent governor","Co-opted governor"]:
    person("Governor", t, D(R.randint(2019, 2025), 9, R.randint(1, 28)))
staff[-4] = ("Mark","Phillips","",staff[-4][3].replace(staff[-4][3].split('@')[0], "mark.phillips"),"Governor","Chair of governors",D(2019,9,12),None,None)
person("Volunteer","Reading volunteer",D(2024,1,15))
person("Volunteer","Forest school volunteer",D(2025,4,21), email=False)
person("Contractor","IT technician (contracted)",D(2023,9,4))

CAT_WORDS = {"Senior leadership":"slt","Teacher":"teacher","Teaching assistant":"teaching-assistant","Support staff":"support","Supply / agency":"supply","Governor":"governor","Volunteer":"volunteer","Contractor":"contractor"}
ALL_CATS = ["teacher","teaching-assistant","support","slt","supply"]
def audience(a):
    if a == EVERY: return set(CAT_WORDS.values())
    if a == ALL: return set(ALL_CATS)
    return {CAT_WORDS[w.strip()] for w in a.split(";")}

def in_post(s, d):
    return s[6] <= d and (s[7] is None or s[7] > d)

# induction templates: category, position, kind, policy or task title, due days
TEMPLATES = []
def tmpl(cats, items):
    for c in cats:
        for i, (kind, title, days) in enumerate(items, 1):
            TEMPLATES.append((c, i, kind, title, days))
core = [("task","Identity, DBS and right-to-work checks seen",0),("task","Meet the designated safeguarding lead",1),
        ("task","Fire procedures and evacuation walk-round",1),("policy","Child Protection and Safeguarding Policy",3),
        ("policy","Keeping Children Safe in Education Part 1",3),("policy","Staff Code of Conduct",7),
        ("policy","Behaviour Policy",7),("task","IT account, email and system logins",2),
        ("policy","Acceptable Use of IT Policy",7),("policy","Online Safety Policy",14),("policy","Social Media Policy",14),
        ("task","Safeguarding training (Level 1)",14),("policy","Health and Safety Policy",14),
        ("policy","Data Protection Policy",21),("task","Data protection training",28),("policy","Whistleblowing Policy",28)]
tmpl(["teacher","slt"], core + [("task","Meet the SENCO",7),("policy","Special Educational Needs and Disabilities Policy",21),("task","Performance management objectives set",42)])
tmpl(["teaching-assistant"], core + [("task","Meet the SENCO",7),("policy","Intimate Care Policy",14)])
tmpl(["support"], core)
tmpl(["supply"], [("task","Identity and DBS checks seen",0),("task","Meet the designated safeguarding lead",0),("task","Fire procedures and evacuation walk-round",0),
                  ("policy","Child Protection and Safeguarding Policy",1),("policy","Keeping Children Safe in Education Part 1",1),
                  ("policy","Staff Code of Conduct",1),("policy","Behaviour Policy",2)])
tmpl(["governor"], [("task","DBS check and declaration of interests",14),("policy","Child Protection and Safeguarding Policy",30),
                    ("policy","Keeping Children Safe in Education Part 1",30),("policy","Staff Code of Conduct",30),
                    ("policy","Data Protection Policy",60),("task","Governor induction training",90)])
tmpl(["volunteer"], [("task","DBS check seen",0),("task","Meet the designated safeguarding lead",1),("task","Fire procedures and evacuation walk-round",1),
                     ("policy","Child Protection and Safeguarding Policy",3),("policy","Keeping Children Safe in Education Part 1",3),
                     ("policy","Visitors and Volunteers Policy",7)])
tmpl(["contractor"], [("task","Sign-in and ID badge procedure",0),("task","Fire procedures and evacuation walk-round",0),
                      ("policy","Visitors and Volunteers Policy",1),("policy","Health and Safety Policy",7),("policy","Lone Working Policy",7)])

# acknowledgements
ACKS = []
methods = ["paper","paper","paper","in-person","email","online-form"]
newcomers = {s[0]+" "+s[1] for s in staff if s[6] >= D(2026,10,1)}
for v in V:
    title, label, eff, *_ = v
    p = pol[title]
    if p[9] == "draft": continue
    later = [w for w in V if w[0] == title and w[2] > eff]
    aud = audience(p[8])
    for s in staff:
        cat = CAT_WORDS[s[4]]
        if cat not in aud: continue
        start = s[6]
        # they acknowledge a version while it is the current one
        window_end = min([w[2] for w in later], default=ANCHOR)
        if not (s[7] is None or s[7] > eff): continue
        if start > window_end: continue
        name = s[0]+" "+s[1]
        if name in newcomers:
            continue  # handled by the induction below
        if v[6] == "no" and R.random() < 0.85:
            continue  # minor versions: most people do not re-sign
        base = max(eff, start)
        chance = 0.93 if window_end < ANCHOR else 0.86
        if s[8] is not None and base >= s[8][0]: chance = 0.0
        if R.random() < chance:
            day = base + dt.timedelta(days=R.choice([0,0,1,2,3,5,8,12,20]))
            if day > ANCHOR or day > window_end + dt.timedelta(days=40): continue
            ACKS.append((s[2] or s[3], title, label, day, R.choice(methods), "Helen Marsh"))
# new starters part-way through induction
for s in staff:
    name = s[0]+" "+s[1]
    if name not in newcomers or s[6] > ANCHOR: continue
    cat = CAT_WORDS[s[4]]
    for (c, pos, kind, t, days) in TEMPLATES:
        if c != cat or kind != "policy": continue
        due = s[6] + dt.timedelta(days=days)
        if due < ANCHOR - dt.timedelta(days=3) and R.random() < 0.8:
            cur = [w for w in V if w[0] == t and w[2] <= ANCHOR][-1]
            ACKS.append((s[2] or s[3], t, cur[1], min(due, ANCHOR), "in-app", "Helen Marsh"))
TICKS = []
for s in staff:
    name = s[0]+" "+s[1]
    if name not in newcomers: continue
    cat = CAT_WORDS[s[4]]
    for (c, pos, kind, t, days) in TEMPLATES:
        if c != cat or kind != "task": continue
        due = s[6] + dt.timedelta(days=days)
        if due < ANCHOR - dt.timedelta(days=2) and R.random() < 0.75:
            TICKS.append((s[2] or s[3], t, min(due, ANCHOR), R.choice(["Sarah Whitfield","Helen Marsh","James Carter"])))

def w(name, header, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        for r in rows:
            wr.writerow(["" if x is None else (x.strftime("%d/%m/%Y") if isinstance(x, dt.date) else x) for x in r])

w("staff.csv", ["First name","Surname","Staff ID","Work email","Staff type","Job title","Start date","Leave date","Absence from","Absence to"],
  [(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8][0] if s[8] else None, s[8][1] if s[8] else None) for s in staff])
w("policies.csv", ["Policy","Reference","Area","Statutory","Owner","Approved by","Review frequency (months)","Re-acknowledge (months)","Applies to","Status","Next review (set by hand)"],
  [p + (OVERRIDES.get(p[0]),) for p in POLICIES])
w("versions.csv", ["Policy","Version","Effective from","Approved by","Approved on","Minute reference","Material change","Change summary","Document"], V)
w("reviews.csv", ["Policy","Due","Planned meeting","Reviewer","Completed on","Outcome","Notes"], REV)
w("acknowledgements.csv", ["Staff","Policy","Version","Date","Method","Recorded by"], ACKS)
w("induction-templates.csv", ["Category","Position","Kind","Title","Due after (days)"], TEMPLATES)
w("induction-ticks.csv", ["Staff","Item","Done on","Done by"], TICKS)

for v in V:
    title, label, eff, by, on, minute, material, summary, doc = v
    if doc: continue
    p = pol[title]
    nxt = (on.replace(year=on.year + p[6] // 12) if p[6] else None)
    fn = f"{p[1].lower()}-{label.replace('.', '-')}.md"
    V[V.index(v)] = v[:8] + (fn,)
    with open(OUT / "documents" / fn, "w", encoding="utf-8") as f:
        f.write(f"# {title}\n\nOakfield Primary School\n\n| | |\n|---|---|\n| Version | {label} |\n| Approved by | {by} |\n"
                f"| Date approved | {on:%d/%m/%Y} |\n| Effective from | {eff:%d/%m/%Y} |\n| Next review due by | {nxt:%B %Y} |\n| Policy owner | {p[4]} |\n\n"
                f"## Purpose\n\nThis policy sets out how Oakfield Primary School meets its duties in this area and what every member of staff "
                f"to whom it applies ({p[8].lower()}) is expected to do.\n\n## Changes in this version\n\n{summary}.\n\n"
                f"## Acknowledgement\n\nStaff confirm that they have read and understood this policy by signing the sign-off sheet "
                f"or recording their acknowledgement in Compliance Tracker.\n")
w("versions.csv", ["Policy","Version","Effective from","Approved by","Approved on","Minute reference","Material change","Change summary","Document"], V)
print(len(staff), "staff,", len(POLICIES), "policies,", len(V), "versions,", len(ACKS), "acknowledgements,", len(TICKS), "ticks")
