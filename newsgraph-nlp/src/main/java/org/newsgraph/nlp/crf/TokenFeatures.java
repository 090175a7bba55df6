package org.newsgraph.nlp.crf;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Generics;
import edu.stanford.nlp.util.PaddedList;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CRF NER features of one token (CoreNLP's clique C) for the flag set of the English distsim models, in small
 * methods; every other clique is the model's own {@link NERFeatureFactory}.
 *
 * <p>Why: CoreNLP computes these features in one method of about 9,000 bytes of bytecode, over HotSpot's limit for
 * compiling a method at all (8,000), so it runs interpreted for the whole life of the JVM, once per token and model
 * (JFR: 17 % of the analysing threads' samples on {@code analyze demo}). The features here are the same strings,
 * added to the same collector in the same order (so the CRF sums the same weights in the same order);
 * {@link #supports} admits only the flag values this class covers, and the model's two private helpers
 * (distributional-similarity classes, occurrence patterns) are called, not rewritten. A subclass only so that it may
 * use CoreNLP's protected feature collector; the model it wraps keeps the lexicon and the other cliques.
 */
final class TokenFeatures extends NERFeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;

    /** Flags the C clique reads that must be on for the features below to be the model's. */
    private static final Set<String> ON = Set.of("useDistSim", "useWord", "useInternal", "useExternal", "usePrev",
            "useNext", "useClassFeature", "useNGrams", "noMidNGrams", "useTypeSeqs", "useLastRealWord",
            "useNextRealWord", "useOccurrencePatterns", "useDisjunctive");
    /** Flags the C clique reads that must be off; useTitle, maxNGramLeng, wordShape, disjunctionWidth may vary. */
    private static final Set<String> OFF = Set.of("useBagOfWords", "useMoreTags", "useTitle2", "use2W", "useLC",
            "useUnknown", "useLemmas", "usePrevNextLemmas", "checkNameList", "useABGENE", "useABSTRFreqDict",
            "useABSTR", "useGENIA", "useWEBFreqDict", "useWEB", "useIsURL", "useEntityRule", "useEntityTypes",
            "useIsDateRange", "useABSTRFreq", "useFREQ", "usePosition", "useBeginSent", "useTags", "useOrdinal",
            "useEitherSideWord", "useWordPairs", "useSymTags", "useSymWordPairs", "useGazFeatures",
            "useMoreGazFeatures", "useAbbr", "useMinimalAbbr", "useAbbr1", "useMinimalAbbr1", "useChunks",
            "usePrevVB", "useNextVB", "useVB", "useShapeConjunctions", "useWordTag", "useNPHead", "useNPGovernor",
            "useHeadGov", "useFirstWord", "cacheNGrams", "lowercaseNGrams", "dehyphenateNGrams", "greekifyNGrams",
            "conjoinShapeNGrams", "useGazettes", "useShapeStrings", "useDisjunctiveShapeInteraction",
            "useUndirectedDisjunctive", "useWideDisjunctive", "useEitherSideDisjunctive", "useDisjShape",
            "useExtraTaggySequences", "useMUCFeatures", "twoStage", "useIfInteger", "useGenericFeatures",
            "useTopics", "useWordnetFeatures", "useProtoFeatures", "usePhraseWordTags", "usePhraseWords",
            "useCommonWordsFeature", "useRadical", "useMoreNeighborNGrams");

    private static final MethodHandle DIST_SIM_ANNOTATE, OCCURRENCE_PATTERNS, TITLE_PATTERN;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(NERFeatureFactory.class, MethodHandles.lookup());
            DIST_SIM_ANNOTATE = l.findVirtual(NERFeatureFactory.class, "distSimAnnotate",
                    MethodType.methodType(void.class, PaddedList.class));
            OCCURRENCE_PATTERNS = l.findVirtual(NERFeatureFactory.class, "occurrencePatterns",
                    MethodType.methodType(void.class, PaddedList.class, int.class, FeatureCollector.class));
            TITLE_PATTERN = l.findGetter(NERFeatureFactory.class, "titlePattern", Pattern.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final transient NERFeatureFactory<CoreLabel> model;
    private final transient Pattern title;

    private TokenFeatures(NERFeatureFactory<CoreLabel> model, SeqClassifierFlags flags) {
        this.model = model;
        // Not init(flags): NERFeatureFactory's would load the distsim lexicon from the path it was trained with.
        this.flags = flags;
        try {
            this.title = (Pattern) TITLE_PATTERN.invoke(model);
        } catch (Throwable e) {
            throw new IllegalStateException("CoreNLP's NER feature factory changed", e);
        }
    }

    /** This class in place of {@code model} when the flags are ones it covers, else the model itself. */
    static FeatureFactory<CoreLabel> forModel(FeatureFactory<CoreLabel> model, SeqClassifierFlags flags) {
        if (model.getClass() != NERFeatureFactory.class || !supports(flags)) return model;
        return new TokenFeatures((NERFeatureFactory<CoreLabel>) model, flags);
    }

    static boolean supports(SeqClassifierFlags f) {
        try {
            for (String name : ON) if (!SeqClassifierFlags.class.getField(name).getBoolean(f)) return false;
            for (String name : OFF) if (SeqClassifierFlags.class.getField(name).getBoolean(f)) return false;
        } catch (ReflectiveOperationException e) {
            return false;
        }
        return f.wordShape > edu.stanford.nlp.process.WordShapeClassifier.NOWORDSHAPE
                && f.slashHyphenTreatment == SeqClassifierFlags.SlashHyphenEnum.NONE && f.binnedLengths == null
                && (f.splitWordRegex == null || f.splitWordRegex.isEmpty());
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int loc, Clique clique) {
        // Tags of an earlier NER pass (none in newsgraph's pipeline) add features this class leaves to the model.
        if (clique != cliqueC || info.get(loc).get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null) {
            return model.getCliqueFeatures(info, loc, clique);
        }
        // The same collection and collector as NERFeatureFactory.getCliqueFeatures.
        Set<String> features = Generics.newHashSet(100);
        FeatureCollector out = new FeatureCollector(features);
        out.setDomain(info.get(0).get(CoreAnnotations.DomainAnnotation.class));
        out.setSuffix("C");
        word(info, loc, out);
        context(info, loc, out);
        ngrams(getWord(info.get(loc)), out);
        shapes(info, loc, out);
        occurrences(info, loc, out);
        disjunctions(info, loc, out);
        return features;
    }

    private void word(PaddedList<CoreLabel> info, int loc, FeatureCollector out) {
        try {
            DIST_SIM_ANNOTATE.invoke(model, info);
        } catch (Throwable e) {
            throw rethrow(e);
        }
        CoreLabel c = info.get(loc);
        String cWord = getWord(c);
        out.build().append(c.get(CoreAnnotations.DistSimAnnotation.class)).append("-DISTSIM").add();
        if (flags.useTitle && title.matcher(cWord).matches()) out.add("IS_TITLE");
        out.build().append(cWord).append("-WORD").add();
    }

    private void context(PaddedList<CoreLabel> info, int loc, FeatureCollector out) {
        CoreLabel p = info.get(loc - 1), n = info.get(loc + 1);
        out.build().append(getWord(p)).append("-PW").add();
        out.build().append(p.get(CoreAnnotations.DistSimAnnotation.class)).append("-PDISTSIM").add();
        out.build().append(getWord(n)).append("-NW").add();
        out.build().append(n.get(CoreAnnotations.DistSimAnnotation.class)).append("-NDISTSIM").add();
        out.add("###");
    }

    /** Prefixes and suffixes of {@code <word>} from two characters up to maxNGramLeng (noMidNGrams). */
    private void ngrams(String cWord, FeatureCollector out) {
        String word = '<' + cWord + '>';
        int maxLen = flags.maxNGramLeng;
        int max = maxLen >= 0 ? Math.min(maxLen, word.length()) : word.length();
        for (int j = 2; j <= max; j++) out.add('#' + word.substring(0, j) + '#');
        int start = maxLen >= 0 ? Math.max(0, word.length() - maxLen) : 0;
        for (int i = start; i < word.length() - 1; i++) out.add('#' + word.substring(i) + '#');
    }

    private void shapes(PaddedList<CoreLabel> info, int loc, FeatureCollector out) {
        CoreLabel p = info.get(loc - 1), c = info.get(loc), n = info.get(loc + 1);
        String pWord = getWord(p), nWord = getWord(n);
        String pShape = p.getString(CoreAnnotations.ShapeAnnotation.class);
        String cShape = c.getString(CoreAnnotations.ShapeAnnotation.class);
        String nShape = n.getString(CoreAnnotations.ShapeAnnotation.class);
        out.build().append(cShape).append("-TYPE").add();
        out.build().append(pShape).append("-PTYPE").add();
        out.build().append(nShape).append("-NTYPE").add();
        out.build().append(pWord).append("...").append(cShape).append("-PW_CTYPE").add();
        out.build().append(cShape).append("...").append(nWord).append("-NW_CTYPE").add();
        out.build().append(pShape).append("...").append(cShape).append("-PCTYPE").add();
        out.build().append(cShape).append("...").append(nShape).append("-CNTYPE").add();
        out.build().append(pShape).append("...").append(cShape).append("...").append(nShape).append("-PCNTYPE").add();
        if (pWord.length() <= 3) {
            out.build().append(getWord(info.get(loc - 2))).append("...").append(cShape).append("-PPW_CTYPE").add();
        }
        if (nWord.length() <= 3) {
            out.build().append(getWord(info.get(loc + 2))).append("...").append(cShape).append("-NNW_CTYPE").add();
        }
    }

    private void occurrences(PaddedList<CoreLabel> info, int loc, FeatureCollector out) {
        try {
            OCCURRENCE_PATTERNS.invoke(model, info, loc, out);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private void disjunctions(PaddedList<CoreLabel> info, int loc, FeatureCollector out) {
        for (int i = 1; i <= flags.disjunctionWidth; i++) {
            out.build().append(getWord(info.get(loc + i))).append("-DISJN").add();
            out.build().append(getWord(info.get(loc - i))).append("-DISJP").add();
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException(e);
    }
}
