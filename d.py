import json
def load(p):
    return {json.loads(l)['source']['record_id']:json.loads(l) for l in open(p)}
B=load('/tmp/h26/review26r/fix.jsonl');N=load('new.jsonl')
def ents(d):
    t=d['text'];r=[]
    for e in d['entities']:
        r.append((e['name'],e['type'],tuple(t[s:e2] for s,e2 in e['mentions'])))
    return set(r)
def quotes(d):
    return set((q['speaker_name'],q['cue'],q['text']) for q in d['quotes'])
def evs(d):
    return set((e['cameo'],e['type'],(e['source'] or {}).get('text'),(e['target'] or {}).get('text'),d['text'][e['trigger'][0]:e['trigger'][1]]) for e in d['events'])
def ment(d):
    # mention->entity name map
    t=d['text'];m={}
    for e in d['entities']:
        for s,e2 in e['mentions']: m[(s,e2)]=(e['name'],e['type'])
    return m
for k in B:
    b,n=B[k],N[k];out=[]
    mb,mn=ment(b),ment(n)
    for sp in sorted(set(mb)|set(mn)):
        if mb.get(sp)!=mn.get(sp): out.append(f"  ENT {b['text'][sp[0]:sp[1]]!r}@{sp[0]}: {mb.get(sp)} -> {mn.get(sp)}")
    qb,qn=quotes(b),quotes(n)
    for q in sorted(qb-qn,key=str): out.append(f"  Q- {q}")
    for q in sorted(qn-qb,key=str): out.append(f"  Q+ {q}")
    eb,en=evs(b),evs(n)
    for q in sorted(eb-en,key=str): out.append(f"  EV- {q}")
    for q in sorted(en-eb,key=str): out.append(f"  EV+ {q}")
    if out:
        print(f"== {k}: {b['text']}"); print("\n".join(out))
