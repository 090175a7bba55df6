import json,sys
for line in open(sys.argv[1]):
    d=json.loads(line); t=d['text'] or ''
    print('=====', d['source']['path'], '| pub', d['published'], '| lang', d['language'], '| est', d['published_estimate'])
    print('  warn', d['analysis_warnings'])
    for e in d['entities']:
        forms=sorted(set(t[a:b] for a,b in e['mentions']))
        print('  E %-12s %-28s %s'%(e['type'], e['name'], forms))
    for q in d['quotes']:
        print('  Q dir=%s spk=%s cue=%s | %s'%(q['direct'], q['speaker_name'], q['cue'], q['text'][:90]), ('parts=%d'%len(q['parts']) if q['parts'] else ''), ('via='+str(q['via']) if q['via'] else ''))
    for x in d['times']:
        print('  T %-8s %-22s %s'%(x['type'], x['value'], x['text']))
