import json,sys,re
bad=0; n=0
for line in open(sys.argv[1]):
    d=json.loads(line); t=d['text'] or ''; p=d['source']['path']
    def chk(kind, a, b, want=None):
        global bad,n
        n+=1
        s=t[a:b]
        ok = 0<=a<=b<=len(t) and s==s.strip() and s!='' and (want is None or s==want)
        if not ok:
            bad+=1; print('BAD',p,kind,a,b,repr(s[:60]),'want',repr(want)[:60])
    for a,b in d['sentences']: chk('sentence',a,b)
    for e in d['entities']:
        for a,b in e['mentions']:
            chk('mention',a,b)
            s=t[a:b]
            # every word of the mention should be a word of the name, ignoring case/possessive/periods
            norm=lambda x: re.sub(r"[.’']s?$","",x.lower())
            nw=set(norm(w) for w in re.split(r"[\s-]+",e['name']))
            extra=[w for w in re.split(r"[\s-]+",s) if norm(w) not in nw and w.lower().rstrip('.') not in ('the',)]
            if extra: print('FORM',p,e['name'],'<-',repr(s),extra)
    for q in d['quotes']:
        if not q['parts']: chk('quote',q['start'],q['end'],q['text'])
        else:
            for part in q['parts']: chk('quote-part',part[0] if isinstance(part,list) else part['start'], part[1] if isinstance(part,list) else part['end'])
            chk('quote-outer',q['start'],q['end'])
        if q['speaker_span']: chk('speaker',*q['speaker_span'])
        if q['cue_span']: chk('cue',q['cue_span'][0],q['cue_span'][1])
        if q['cue_span'] and q['cue'] and t[q['cue_span'][0]:q['cue_span'][1]].lower()!=q['cue'].lower(): print('CUE',p,repr(t[q['cue_span'][0]:q['cue_span'][1]]),q['cue'])
        if q['via_span']: chk('via',*q['via_span'])
    for x in d['times']: chk('time',x['start'],x['end'],x['text'])
print('checked',n,'spans, bad',bad)
