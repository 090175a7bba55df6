package org.newsgraph.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Quote;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers of quotes in ordinary news whose reporting words stand elsewhere than beside them: in the sentence before
 * (a pronoun), in an interview turn's label, behind a person who only modifies a noun, or in the next sentence (which
 * reports something else). Each row failed before the rule it is named after (docs/nlp.md, twelfth session); the
 * sentences were written for this test, and the real tagger runs on them.
 */
class QuoteSpeakerTest {

    /** A text, words of one of its quotes, and the speaker name that quote must have ("" for none). */
    private static Arguments row(String text, String words, String speaker) {
        return Arguments.of(text, words, speaker);
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // a full stop right after the closing mark ends the quote's sentence: the next one's cue is not its
                row("Councillor Tom Brandt criticised the cost of the bridge. “We paid for a cathedral and got a garden "
                        + "shed”. Mayor Ellen Park said the works had stayed within the budget.", "garden shed", ""),
                row("The Constitution of the island sets one rule for its governors:\n\n“No person under thirty years "
                        + "shall hold the office of governor”.\n\nLena Ward argues that the rule no longer fits a young "
                        + "electorate.", "under thirty years", ""),
                // "he" with nobody named before it in its sentence is the subject of the sentence before, not the
                // last man named there, and a chain of "He ..." subjects leads back to the name that began it
                row("On Tuesday, a week after he left the board, Gregory Halden backed his former deputy, Martin Keyes, "
                        + "for the chair. “I have known him for twenty years,” he said.", "twenty years",
                        "Gregory Halden"),
                row("Gregory Halden opened the meeting. He thanked Martin Keyes for his work on the budget. “Nobody "
                        + "has done more for this club,” he said.", "done more for this club", "Gregory Halden"),
                row("Prosecutor Ann Vogt spoke first. One of the witnesses agreed to give her name. She said she "
                        + "wanted other families to know that “there is no shame in speaking up.”", "no shame",
                        "One of the witnesses"),
                // a first word the article calls the person by alone is a family name, whatever gender the list
                // gives it as a given name
                row("Prime Minister Donald Hale and President Kim Sung Min met in Seoul. “It was a good day,” Hale told "
                        + "reporters. Kim said the talks had gone well. “Both sides will gain,” he said.",
                        "Both sides will gain", "Kim Sung Min"),
                // a subject's relative clause before an auxiliary and its cue is no speaker
                row("Foreign Minister Ana Roe left Lima on Friday. Roe, who met Carlos Vega for two days of talks, had "
                        + "told reporters that the sides agreed on most issues.", "the sides agreed", "Ana Roe"),
                // "the president" is the one person the article called president, and nobody when it called two
                row("Chilean President Ana Roe arrived in Lima with Prime Minister Tom Berg. The president said the "
                        + "trade deal was “a good start.”", "a good start", "Ana Roe"),
                row("President Ana Roe spoke with Vice President Tom Berg on Friday. The president said the trade deal"
                        + " was “a good start.”", "a good start", "Ana Roe"),
                // a first name used alone keeps its gender: only a family name of the East Asian shape loses it
                row("Tom Hale met Mary Roe in Detroit. Mary, as her staff call her, smiled. “We are very pleased,” he "
                        + "said.", "very pleased", "Tom Hale"),
                // "he" in a clause "the president" reports is the one person titled president
                row("Chilean President Tom Roe met Prime Minister Ana Berg in Lima. Berg spoke first. At a news "
                        + "conference later, the president said the talks would end what he called “a long chill.”",
                        "a long chill", "Tom Roe"),
                // an exclamation the splitter made a sentence of its own names no subject: the one before does
                row("Kim Sung Min told reporters on Monday that he would wait. Tom Hale said on the radio that Kim "
                        + "knew the terms. “Deal will happen!” he wrote.", "Deal will happen", "Tom Hale"),
                row("President Ana Roe met President Carlos Vega in Lima. The president said the trade deal was “a good"
                        + " start.”", "a good start", "The president"),
                row("Martin Keyes, the finance minister, paid tribute to Gregory Halden. He said on the radio, “Nobody "
                        + "served this island longer or better.”", "Nobody served this island", "Martin Keyes"),
                // "I" in an interview turn is the turn's labelled speaker, not the last person the answer names
                row("The magazine spoke to the biologist Karen Holt.\n\n((Reporter)) What got you into reefs?\n\n"
                        + "((Karen Holt)) I grew up with the films of Jacques Cousteau, and I think that the ocean is "
                        + "where I was always meant to work.", "the ocean is where", "Karen Holt"),
                // "we" in such a turn is said by the turn's speaker, for a group the answer need not name
                row("The magazine spoke to the astronomer Karen Holt of the Lund Observatory.\n\n((Reporter)) What "
                        + "did you find?\n\n((Karen Holt)) At first we thought the star was a binary, but now we "
                        + "believe there are three of them.", "there are three of them", "Karen Holt"),
                // a person who only modifies a noun, or follows a preposition, is not the speaker: the phrase is
                row("Senator Laura Venn was taken to hospital on Friday. Senator Laura Venn's doctors said that the "
                        + "infection was under control.", "infection was under control",
                        "Senator Laura Venn's doctors"),
                row("Grant Olsen lost the vote. Associates of Olsen alleged that the count had been rigged in two "
                        + "districts.", "count had been rigged", "Associates of Olsen"),
                row("Grant Olsen's advisers have long insisted that the race would tighten in the autumn.",
                        "race would tighten", "Grant Olsen's advisers"),
                row("Campaign notes\n\n“That will help us win the state,” said a senior Grant Olsen adviser.",
                        "win the state", "a senior Grant Olsen adviser"),
                row("“This verdict is a disgrace to the whole city,” writes Olsen's longtime business partner Ruth "
                        + "Adair on her blog.", "disgrace to the whole city", "Ruth Adair"),
                // ... but one named after "like", or after "with" before a participle, is (guards)
                row("Campaign notes\n\nEconomic advisers like Gene Sperling went on to counter that “every cent of "
                        + "the loan was repaid.”", "every cent", "Gene Sperling"),
                row("Campaign notes\n\nHalden and Olsen have used the harshest words, with Gregory Halden recently "
                        + "promising to “sweep them all out of office.”", "sweep them", "Gregory Halden"),
                row("According to Grant Olsen's own memoir, the merger talks had collapsed twice before the vote.",
                        "merger talks had collapsed", "Grant Olsen's own memoir"),
                // ... but not one after the cue that the cue's object begins (a guard: a first version took it)
                row("Campaign notes\n\nAnn Lee described Grant Olsen's plan as “a fantasy for the rich and nothing "
                        + "more.”", "a fantasy for the rich", "Ann Lee"),
                // ... and the possessor of words, or of the one who speaks for him, is their speaker
                row("Grant Olsen's statement read: “I will not step aside while the voters still want me.”",
                        "will not step aside", "Grant Olsen"),
                row("Campaign notes\n\n“Nobody asked the pilots,” wrote a Grant Olsen supporter who runs the "
                        + "harbour forum.", "Nobody asked the pilots", "a Grant Olsen supporter"),
                // a person named as the whole apposition after a role speaks, not the organisation in the role, and
                // so does one who opens an apposition between dashes
                row("A former harbour master -- Ruth Adair, who lost the 2019 vote to Grant Olsen -- said the port "
                        + "had “never been run so badly in forty years.”", "never been run so badly", "Ruth Adair"),
                row("The chair of the Harbour Pilots Association, Dina Marsh, said, “The channel is too shallow for "
                        + "ships of this size.”", "too shallow", "Dina Marsh"),
                // an organisation after "of" and a description of what it is gives the person before it
                row("Peter Lund of the campaign group Clean Harbours Now said, “The council ignored every warning we "
                        + "sent.”", "ignored every warning", "Peter Lund"),
                // a clause coordinated after a quote inside a sentence has its own subject and cue: the quote is the
                // earlier cue's
                row("Harbour notes\n\nTom Reyes said the new contract was “fair to both sides” and Ana Diaz told "
                        + "reporters it was not.", "fair to both sides", "Tom Reyes"),
                row("Council notes\n\nMayor Eva Lind called the budget “a careful plan” but the opposition leader, "
                        + "Omar Fell, said it cut too deep.", "a careful plan", "Eva Lind"),
                // what "told" reports begins past whom it was told to, where a subject and its verb open a clause
                row("Court notes\n\nThe former treasurer, Colin Ash, told reporters the audit had been rushed.",
                        "the audit had been rushed", "Colin Ash"),
                row("Court notes\n\nJudge Maria Santos told the jury the evidence against the driver was weak.",
                        "the evidence against the driver was weak", "Maria Santos"),
                row("Port notes\n\nHelen Marsh told him the cranes would stay idle until Monday.",
                        "the cranes would stay idle", "Helen Marsh"),
                // ... unless another report follows in the sentence, which the told clause may be part of
                row("Airport notes\n\nThe captain told passengers the ferry would leave late, a company spokesman "
                        + "said.", "the ferry would leave late", "a company spokesman"),
                row("Port notes\n\nThe union told its members it expected an offer soon, though the employers said "
                        + "no offer had been drafted.", "no offer had been drafted", "the employers"),
                // a nominal speaker after a quote speaks for the quote that goes on in the next sentence, as a name does
                row("Council notes\n\nThe firm paid the mayor's cousin, the paper reported. “Every tender was open,” the "
                        + "mayor's office said in a statement. “These claims are politics and nothing else.”",
                        "politics and nothing else", "the mayor's office"),
                // an honorific tells the gender of a surname alone: "she" is not the "Mr" the sentence before
                // opened with, "he" not the "Ms"
                row("Mr Diallo met the trader Fatou Ndiaye in Kayar on Monday. “Nothing has been decided,” she said.",
                        "Nothing has been decided", "Fatou Ndiaye"),
                row("Aliou Sarr opened the new quay on Monday. Ms Kane, the mayor of Kayar, welcomed the boats. “This "
                        + "is a good day,” he said.", "This is a good day", "Aliou Sarr"),
                // the office holder a company's possessive names speaks, not the company (issue 3's audit probe);
                // its spokesman speaks for it
                row("Pension notes\n\nAngela Merkel's coalition faced a test on Tuesday as Siemens' chief executive "
                        + "warned that the pension plan would cost jobs.", "would cost jobs",
                        "Siemens' chief executive"),
                row("Bank notes\n\nBarclays' lawyers said the fine would be appealed.", "would be appealed",
                        "Barclays' lawyers"),
                // ... the one the article gave that title of the company, where it named one
                row("Pension notes\n\nSiemens chief executive Roland Busch met the unions on Monday. On Tuesday, "
                        + "Siemens' chief executive warned that the pension plan would cost jobs.", "would cost jobs",
                        "Roland Busch"),
                row("Car notes\n\nBMW chief executive Oliver Zipse met the unions on Monday. On Tuesday, Siemens' "
                        + "chief executive warned that the pension plan would cost jobs.", "would cost jobs",
                        "Siemens' chief executive"),
                row("Software notes\n\nMicrosoft's spokesman said the outage had been fixed.", "had been fixed",
                        "Microsoft"),
                row("Farm notes\n\nThe pigs were culled. According to the Food and Agriculture Organization's chief "
                        + "veterinary officer, the cull was completely unnecessary.", "completely unnecessary",
                        "the Food and Agriculture Organization's chief veterinary officer"),
                // one asked to do something is spoken to: the report's own subject speaks (issue 3's audit probe)
                row("Paris notes\n\nMacron's office said Barnier had been asked to form \"a unifying government in the"
                        + " service of the country.\"", "a unifying government", "Macron's office"),
                row("Club notes\n\nThe club said Lee had been urged to stay on as coach \"for the good of the team.\"",
                        "for the good of the team", "The club"),
                // "is said to" keeps its subject the doer
                row("Court notes\n\nOfficials said the judge is said to have called the plan \"a fantasy.\"",
                        "a fantasy", "Officials"),
                // "As X put it," attributes what follows, indirect or in marks (issue 3's audit probe)
                row("Opinion\n\nAs Joseph Stiglitz put it, inequality is a choice, not an accident.",
                        "inequality is a choice", "Joseph Stiglitz"),
                row("Opinion\n\nAs one analyst put it: \"The bank has run out of road.\"", "run out of road",
                        "one analyst"),
                // session 25: a name opening the sentence speaks past several appositions, an age among them
                row("Harbour notes\n\nTomas Rehn, 58, who has fished off the island for 30 years, said the new quotas "
                        + "would ruin the harbour.", "new quotas would ruin", "Tomas Rehn"),
                row("Ward notes\n\nLena Ostrova, a nurse from Tartu, Estonia, said the ward had run out of beds on "
                        + "Friday.", "run out of beds", "Lena Ostrova"),
                // ... and a single apposition keeps to the rule before it
                row("Club notes\n\nMark Olsen, the club's captain, said the team had trained hard all winter.",
                        "trained hard", "Mark Olsen"),
                // session 25: a share of people polled or counted speaks
                row("Poll notes\n\nAbout 4 in 10 say the city should build more housing near the river.",
                        "build more housing", "About 4 in 10"),
                row("Poll notes\n\nSome 56 percent of farmers polled said the drought had cut their income this "
                        + "year.", "cut their income", "Some 56 percent of farmers polled"),
                row("Poll notes\n\nMost of them said they would vote again in the next election.",
                        "vote again", "Most of them"),
                // ... not a figure of what the report is about, nor a share word before an office
                row("Bank notes\n\nPrices rose 5 percent, the central bank said on Thursday.", "Prices rose",
                        "the central bank"),
                row("Shop notes\n\nSales fell by half after the company said it would close 40 stores.",
                        "close 40 stores", "the company"),
                row("Vote notes\n\nThe minority leader said the vote had been rigged from the start.",
                        "had been rigged", "The minority leader"),
                row("Jobs notes\n\nUnemployment fell to 4 percent, and officials said the trend would hold through "
                        + "the winter.", "trend would hold", "officials"),
                // session 25: a cue of saying closed by a comma in an opening "as" clause attributes what follows
                row("Bridge notes\n\nAs the mayor noted, the bridge has been closed since March for repairs.",
                        "closed since March", "the mayor"),
                row("River notes\n\nAs the report said, the river had flooded the town twice in ten years.",
                        "flooded the town", "the report"),
                // ... "As expected," is no attribution: the cue after it speaks
                row("Board notes\n\nAs expected, the board said the dividend would rise next year.",
                        "dividend would rise", "the board"),
                // session 25: an attribution after an opening phrase reports the clause after it
                row("Court notes\n\nIn the end, Ms. Okafor said, the jury would have to weigh the evidence itself.",
                        "weigh the evidence", "Okafor"),
                row("Border notes\n\nStill, he said, officials have to decide who gets extra checks at the border.",
                        "officials have to decide", "he"),
                // session 25: a cue's "that" past a long addressee and the occasion
                row("Sport notes\n\nThe coach told The Daily Courier newspaper of Leeds on Sunday that the team would "
                        + "appeal the fine.", "appeal the fine", "The coach"),
                row("Senate notes\n\nThe senator told reporters at the Capitol on Tuesday morning that the bill would "
                        + "pass by Friday.", "bill would pass", "The senator"),
                // session 25: the occasion after a cue is no part of what it reports
                row("Port notes\n\nThe harbour master said on Friday the ferry would resume sailing next week.",
                        "the ferry would resume", "The harbour master"),
                row("Court notes\n\nThe defence said Tuesday night it would appeal the verdict.",
                        "it would appeal", "The defence"),
                // session 25, review: a share word in a title is no share of people, and "a few" still speaks
                row("NBA\n\nMost Valuable Player Nikola Jokic said the team was tired.", "the team was tired",
                        "Nikola Jokic"),
                row("Fans\n\nA few said they would return next season.", "would return", "A few"),
                // ... a far "that" past an audience and the occasion, a clause past the object's relative clause
                row("War notes\n\nThe minister told a press conference in Kyiv on Monday that the front line was "
                        + "holding.", "front line was holding", "The minister"),
                row("Transit notes\n\nThe mayor said a plan from the Metropolitan Transportation Authority last "
                        + "year that riders widely criticized would be scrapped.", "would be scrapped", "The mayor"),
                // ... and an "as" clause of writing or arguing reports a statement made before
                row("Author notes\n\nAs she later wrote, the book nearly broke her.", "the book nearly broke",
                        "she"),
                row("Tax notes\n\nAs he has long argued, the tax code favours the rich.", "the tax code favours",
                        "he"),
                // ... as does a cue of a statement beside those of a clause, and a far "that" past a time
                row("Bank notes\n\nAs the company revealed, profits fell sharply in the spring.",
                        "profits fell sharply", "the company"),
                row("Emergency notes\n\nThe minister declared in a speech to parliament on Monday that the emergency "
                        + "was over.", "emergency was over", "The minister"),
                row("Talks notes\n\nA spokesman told The Boston Globe Tuesday morning that the talks had stalled.",
                        "talks had stalled", "A spokesman"),
                // session 26: an adverb or an auxiliary between a common noun's phrase and its cue ("also said")
                row("Border notes\n\nOfficials met in Oslo on Monday. The ministry also said the border would stay "
                        + "closed.", "border would stay closed", "The ministry"),
                row("Bank notes\n\nThe company has repeatedly said that profits would recover.",
                        "profits would recover", "The company"),
                row("Ferry notes\n\nOfficials in Oslo later told reporters that the ferry was late.",
                        "the ferry was late", "Officials in Oslo"),
                row("Tax notes\n\nAs the governor once wrote, the state cannot tax its way out of a drought.",
                        "cannot tax its way", "the governor"),
                // ... and an "as" clause reports past its addressee and the occasion
                row("Flood notes\n\nMayor Tom Reyes visited the shelter. As Reyes told reporters on Sunday, the town "
                        + "had no warning of the flood.", "had no warning", "Tom Reyes"),
                row("Border notes\n\nAs the ministry said in a statement, the border will stay closed until May.",
                        "border will stay closed", "the ministry"),
                // session 26: a bare noun with a phrase after it, then its verb, opens the reported clause
                row("Strike notes\n\nHealth minister Omar Siddiqui welcomed the agreement. He said talks with other "
                        + "unions would continue in June.", "talks with other unions", "Omar Siddiqui"),
                // session 26: "they" after a clause whose subject is people is those people, not the last body named
                row("Shooting notes\n\nPolice said officers arrived at the Walmart six minutes later. State "
                        + "prosecutors charged the suspect with murder, they said Sunday.", "charged the suspect",
                        "State prosecutors"),
                // ... but a relative clause inside the reported clause's subject keeps the report
                row("Plant notes\n\nThe minister said the firm that owns the plant would close it in May.",
                        "would close it", "The minister"),
                row("Talks notes\n\nMayor Ann Roe met union leaders on Monday. She says it has been evident in the talks "
                        + "that followed.", "evident in the talks", "Ann Roe"),
                row("Bank notes\n\nThe Halden Group published its results on Monday. Sales rose sharply in March, "
                        + "they said.", "Sales rose sharply", "Halden Group"),
                // session 28: an affiliation set off in commas after a person is the person's, not the speaker
                row("Debate notes\n\nTom Harlow, of Reuters, one of the panel's moderators, stated, \"The debate "
                        + "was the liveliest of the year.\"", "liveliest of the year", "Tom Harlow"),
                // session 28: a verb of judging quotes its subject's words for the object after "as" ...
                row("Deal notes\n\nChancellor Olaf Brandt hailed the trade deal as \"a turning point for European "
                        + "industry.\"", "a turning point", "Olaf Brandt"),
                row("Budget notes\n\nCritics dismissed the budget as \"a collection of empty promises and accounting "
                        + "tricks.\"", "empty promises", "Critics"),
                // ... but its passive names no judge, and is no name either
                row("Stadium notes\n\nThe new stadium was hailed as \"a landmark for the whole region\" by "
                        + "local newspapers.", "a landmark for the whole region", ""),
                // session 28: a sentence opening by naming a statement is its subject's, whatever the verb ...
                row("Quake notes\n\nIn his message, the president praised the rescuers: \"They risked their lives "
                        + "to save strangers and we owe them everything.\"", "risked their lives", "the president"),
                row("Court notes\n\nIn a statement, the ministry criticised the decision: \"This ruling ignores "
                        + "the facts presented to the court.\"", "ignores the facts", "the ministry"),
                // ... and without such an opening a verb of finding or doing quotes nobody
                row("Missing notes\n\nPolice found a note in the car: \"Do not follow me, I am safe and I will "
                        + "call soon.\"", "Do not follow me", ""),
                row("Flood notes\n\nIn the morning, residents put up a sign on the bridge: \"Closed until the water "
                        + "goes down again.\"", "Closed until the water", ""),
                // session 28: every piece of a quote opened inside its sentence looks back over all of it
                row("Obituary notes\n\nShe described him as \"a generous colleague and a careful editor of other "
                        + "people's work\" who was \"always ready to help a new reporter find the story\" and "
                        + "\"never afraid of a hard question.\"", "never afraid", "She"),
                // ... but not past a semicolon
                row("Virus notes\n\nAccording to the embassy in the capital, the infected man died in hospital on "
                        + "the sixth of the month; local officials later referred to the man as \"a visitor from "
                        + "abroad with no known address.\" The funeral is on Friday.", "a visitor from abroad", ""));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void the_speaker_is_the_one_the_text_gives(String text, String words, String speaker) {
        Analysis a = Fixtures.analyze(text, "2021-03-04").analysis();
        Quote q = a.quotes().stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no quote with '" + words + "' in " + a.quotes()));
        assertThat(q.speakerName() == null ? "" : q.speakerName()).as(text).isEqualTo(speaker);
    }
}
