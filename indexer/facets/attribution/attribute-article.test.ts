import { describe, expect, it } from "vitest";
import { classifyRun } from "../noun-phrases";
import { attributeArticle } from "./attribute-article";

const speakers = (...sentences: string[]) => attributeArticle(sentences).map((a) => a.speaker);

/** The sentences of several paragraphs, and the index of each paragraph's first sentence. */
function paragraphs(...ps: string[][]) {
  const starts = new Set<number>();
  let at = 0;
  for (const p of ps) {
    starts.add(at);
    at += p.length;
  }
  return { sentences: ps.flat(), starts };
}

/** Speakers of an article given paragraph by paragraph. */
const article = (...ps: string[][]) => {
  const { sentences, starts } = paragraphs(...ps);
  return attributeArticle(sentences, starts).map((a) => a.speaker);
};

describe("speaker attribution", () => {
  it("finds the subject of a speech verb and strips titles", () => {
    expect(speakers("Finance Minister Maria Olsen said the budget was sound.")).toEqual([["Maria Olsen"]]);
    expect(speakers("Meanwhile, Olsen warned that rates would rise.")).toEqual([["Olsen"]]);
  });

  it("handles a quote before and after the attribution", () => {
    expect(speakers("“We will not yield,” said Governor Paul Adeyemi.")).toEqual([["Paul Adeyemi"]]);
    expect(speakers("Adeyemi told reporters: “We will not yield.”")).toEqual([["Adeyemi"]]);
  });

  it("never takes the addressee or the possessor", () => {
    expect(speakers("Chen Wei told Anna Berg: “The deal is done.”")).toEqual([["Chen Wei"]]);
    expect(speakers("Berg’s deputy Tomas Lind said the plan had changed.")).toEqual([["Tomas Lind"]]);
  });

  it("resolves surnames and pronouns within the article", () => {
    expect(
      speakers(
        "Trade envoy Helen Marsh arrived in Lagos on Monday.",
        "“The talks went well,” she said.",
        "Marsh added that a deal was near.",
      ),
    ).toEqual([[], ["Helen Marsh"], ["Helen Marsh"]]);
  });

  it("keeps institutions and unnamed sources", () => {
    expect(speakers("The Finance Ministry said in a statement that taxes would fall.")).toEqual([["Finance Ministry"]]);
    expect(speakers("“Nothing is agreed,” a senior Treasury official told reporters.")).toEqual([["Treasury official"]]);
    expect(speakers("Prices will rise, according to the central bank.")).toEqual([["central bank"]]);
  });

  it("strips words that only open the clause", () => {
    expect(speakers("While Ortega said the vote was fair, observers disagreed.")).toEqual([["Ortega", "observers"]]);
  });

  it("carries a speaker across a quote that spans sentences", () => {
    expect(speakers("Mayor Ida Novak said: “We rebuilt the bridge.", "It took two years.”")).toEqual([["Ida Novak"], ["Ida Novak"]]);
  });

  it("gives no speaker to a sentence that merely mentions a person", () => {
    expect(speakers("Helen Marsh met Chen Wei in Lagos.")).toEqual([[]]);
  });
});

describe("person names", () => {
  it("never runs across a sentence or line boundary", async () => {
    const { personNamesIn } = await import("../noun-phrases");
    expect(personNamesIn("Talks stalled on the FSA. Ryabkov left.\nJohn F. Baker\nU.S. Secretary")).toEqual(["John F. Baker"]);
  });
});

describe("first names that look like adjectives", () => {
  it("keeps Sergei, Ivan and Susan as names", () => {
    expect(speakers("Sergei Volkov said the deal was done.")).toEqual([["Sergei Volkov"]]);
    expect(speakers("Ivan Petrov and Susan Lee met.", "Lee said no.")).toEqual([[], ["Susan Lee"]]);
  });
});

describe("institutions written as possessives", () => {
  it("get one canonical value", () => {
    expect(speakers("Kenya’s foreign ministry said the border was open.")).toEqual([["Kenyan Foreign Ministry"]]);
    expect(speakers("Germany's defense minister said no.")).toEqual([["German defense minister"]]);
  });
});

describe("references resolved within the article", () => {
  it("maps a bare title to the person introduced with it, and a short institution name to its full one", () => {
    expect(
      speakers(
        "President Amara Diallo opened the session.",
        "The president said the budget would pass.",
        "The Lagos Daily Times first reported the plan.",
        "The plan was leaked, the Times said.",
      ),
    ).toEqual([[], ["Amara Diallo"], [], ["Lagos Daily Times"]]);
  });

  it("drops the place a person comes from, and never makes a statement a speaker", () => {
    expect(speakers("Senator Ruth Okafor of Kenya said the vote was close.")).toEqual([["Ruth Okafor"]]);
    expect(speakers("The plan is fully funded, the statement said.")).toEqual([[]]);
  });
});

describe("titles of address and plural sources", () => {
  it("resolves Mr X to the full name and keeps police sources", () => {
    expect(speakers("Trade minister Peter Okafor arrived on Monday.", "Mr Okafor said the talks had failed.")).toEqual([
      [],
      ["Peter Okafor"],
    ]);
    expect(speakers("The suspect fled north, police sources said.")).toEqual([["police sources"]]);
  });
});

describe("real-text pitfalls", () => {
  it("normalises generic sources, drops possessors and words before an honorific", () => {
    expect(speakers("Police said the road was closed.", "Analysts said prices would rise.")).toEqual([["police"], ["analysts"]]);
    expect(speakers("The union's Mr Hale said members would strike.")).toEqual([["Hale"]]);
    expect(speakers("“Growth slowed,” said Mr Brown.")).toEqual([["Brown"]]);
    expect(classifyRun(["Harrogate", "Mr", "Kennedy"])).toEqual({ kind: "person", name: "Kennedy" });
    expect(speakers("Guitarist Tom Reyes said the tour was over.")).toEqual([["Tom Reyes"]]);
  });
});

describe("quotes that continue and institutions quoted as 'it'", () => {
  it("gives a quote-only sentence the speaker of the sentence before it", () => {
    expect(speakers("Ida Novak said the bridge would reopen.", "“We are nearly done.”", "Traffic was light.")).toEqual([
      ["Ida Novak"],
      ["Ida Novak"],
      [],
    ]);
    expect(speakers("Traffic was light.", "“We are nearly done.”")).toEqual([[], []]);
  });

  it("resolves 'it said' to the institution last quoted, and a title phrase to its holder", () => {
    expect(speakers("The Finance Ministry said taxes would fall.", "“Growth will return,” it said.")).toEqual([
      ["Finance Ministry"],
      ["Finance Ministry"],
    ]);
    expect(speakers("“Growth will return,” it said.")).toEqual([[]]);
    expect(speakers("Attorney General Ruth Okafor arrived.", "The attorney general responded: “No.”")).toEqual([[], ["Ruth Okafor"]]);
  });

  it("knows more speech verbs", () => {
    expect(speakers("Senator Mia Lund commented that the bill was flawed.")).toEqual([["Mia Lund"]]);
    expect(speakers("Lund criticized the plan.")).toEqual([["Lund"]]);
  });
});

describe("attribution from sentence structure", () => {
  it("skips appositives, time phrases and adverbs between the subject and the cue", () => {
    expect(speakers("Ola Berg, a former chief executive of Norfield Corp, said on Oct. 4 he would stay.")).toEqual([["Ola Berg"]]);
    expect(speakers("Deputy Minister Ada Lunde on Wednesday dismissed the charges.")).toEqual([["Ada Lunde"]]);
    expect(speakers("The sister of the man accused of killing two people said he was innocent.")).toEqual([["sister of the man"]]);
  });

  it("prefers the name in an apposition, whichever side it stands on", () => {
    expect(speakers("Vale’s mother, Irina, told reporters she had not seen him.")).toEqual([["Irina"]]);
    expect(speakers("“We are pleased,” said Tom Reyes, the league's chief executive.")).toEqual([["Tom Reyes"]]);
  });

  it("takes the subject of the first clause for a coordinated or participle cue", () => {
    expect(speakers("Northfield FC declined to change its name, saying fans liked it.")).toEqual([["Northfield FC"]]);
    expect(speakers("Nora Vik did not comment on the deal, but told reporters it was fair.")).toEqual([["Nora Vik"]]);
    expect(speakers("Rival investors increased their pressure on the board, warning that the offer was low.")).toEqual([
      ["Rival investors"],
    ]);
  });

  it("reads verb classes with their particle, 'as' or content", () => {
    expect(speakers("Lund called for a recount.")).toEqual([["Lund"]]);
    expect(speakers("Lund called the office.")).toEqual([[]]);
    expect(speakers("Lund described the plan as reckless.")).toEqual([["Lund"]]);
    expect(speakers("The maker will also add a label to its brands.")).toEqual([[]]);
    expect(speakers("Lund added that the plan was reckless.")).toEqual([["Lund"]]);
  });

  it("gives a sentence to its final attribution, not to speech reported inside it", () => {
    expect(speakers("Ana Ruiz arrived.", "Kim had told her the plan was dead, Ruiz said.")).toEqual([[], ["Ana Ruiz"]]);
    expect(speakers("Ana Ruiz said Kim had denied the report.")).toEqual([["Ana Ruiz"]]);
    expect(speakers("While Ruiz said the vote was fair, the Harbour Council rejected it, saying it was late.")).toEqual([
      ["Ruiz", "Harbour Council"],
    ]);
  });

  it("ignores cues inside a quote", () => {
    expect(speakers("Ana Ruiz said: “I have heard people predict a crash.", "Analysts say otherwise, I think.”")).toEqual([
      ["Ana Ruiz"],
      ["Ana Ruiz"],
    ]);
  });

  it("resolves pronouns by gender and prefers who spoke last", () => {
    expect(
      speakers(
        "Mrs Ana Ruiz spoke to her son Marco Ruiz on Monday.",
        "“It went well,” she said.",
        "Marco Ruiz said he agreed.",
        "“We will see,” she added.",
      ),
    ).toEqual([[], ["Ana Ruiz"], ["Marco Ruiz"], ["Ana Ruiz"]]);
  });

  it("keeps a company named with 'and Co' whole", () => {
    expect(speakers("Sears, Roebuck and Co said it will restructure.")).toEqual([["Sears, Roebuck and Co"]]);
  });

  it("tags words the tagger splits without a lemma", () => {
    expect(speakers("“We cannot, however, say there is no risk,” Lund said.")).toEqual([["Lund"]]);
  });
});

describe("quote runs", () => {
  it("never carries an unclosed quote past its paragraph", () => {
    const sentences = ["Lund said: “We rebuilt the bridge.", "Traffic is light.", "The weather turned."];
    expect(attributeArticle(sentences, new Set([0, 2])).map((a) => a.speaker)).toEqual([["Lund"], ["Lund"], []]);
  });

  it("tells what each speaker is", () => {
    expect(attributeArticle(["Police said the road was closed, Mayor Ida Novak told reporters."])[0]!.speakerKind).toEqual(["person"]);
    expect(attributeArticle(["The Finance Ministry said taxes would fall."])[0]!.speakerKind).toEqual(["organisation"]);
  });
});

describe("families found on unseen articles", () => {
  it("lets a sentence that reopens a quote end the unclosed one before it", () => {
    const found = attributeArticle(
      [
        "Party chair Ngozi Balogun met the pair.",
        "She said: “We have taken advice and we could take you to court.",
        "“We would like you to reflect on what you have done.”",
        "Mr Tarrant said the law was on his side.",
      ],
      new Set([0, 1]),
    ).map((a) => a.speaker);
    expect(found).toEqual([[], ["Ngozi Balogun"], ["Ngozi Balogun"], ["Tarrant"]]);
  });

  it("does not take an office such as chairman for a man", () => {
    expect(speakers("Club chairman Ngozi Balogun urged calm.", "She said the club was safe.")).toEqual([
      ["Ngozi Balogun"],
      ["Ngozi Balogun"],
    ]);
  });

  it("counts a surname that opens a sentence as a mention of the person named before", () => {
    expect(
      speakers(
        "“We lost,” said Kevin Marlowe.",
        "Sam Dwyer left in January.",
        "Marlowe replaced Dwyer and his words carry weight.",
        "“Next year will be the same,” he added.",
      ).at(-1),
    ).toEqual(["Kevin Marlowe"]);
  });

  it("reads a speech verb right after the quote, with the speaker after it", () => {
    expect(speakers("“There is nothing I can do,” stated Okafor.")).toEqual([["Okafor"]]);
  });

  it("lets a party named in one word speak", () => {
    expect(speakers("Labour has since changed the designs, saying members preferred others.")).toEqual([["Labour"]]);
    expect(speakers("Republicans said they had reviewed the messages.")).toEqual([["Republicans"]]);
  });

  it("gives a participle the subject of the main clause, not of a clause inside it", () => {
    expect(speakers("And Marlowe is sure he will get the funds he needs, saying: “I have no doubt.”")).toEqual([["Marlowe"]]);
  });
});

describe("a name with what it is or where it is from between commas", () => {
  it("keeps the name as the speaker", () => {
    expect(speakers("“Credibility has suffered,” Simon Wheatley, from Harwell Capital, told reporters.")).toEqual([["Simon Wheatley"]]);
    expect(speakers("Dora Kell, the network's director of sports rights and finance, said: “The rights matter.”")).toEqual([["Dora Kell"]]);
  });
});

describe("the words of a name", () => {
  it("keeps a hyphenated first name whole and leaves out a verb or preposition before the name", () => {
    expect(speakers("Jean-Pierre Duval said the deal was done.")).toEqual([["Jean-Pierre Duval"]]);
    expect(speakers("Joining Tom Hale, Ms Reyes said the deal was done.")).toEqual([["Reyes"]]);
  });
});

describe("organisation names with joiners", () => {
  it("keeps 'of', 'on', 'for' and 'and' inside an organisation's name, and splits people and bodies", async () => {
    const { namedEntitiesIn } = await import("../noun-phrases");
    const named = (text: string) => namedEntitiesIn(text).map((e) => `${e.kind}:${e.name}`);
    expect(named("Ana Ruiz, head of the National Association of Harbour Pilots, spoke.")).toEqual([
      "person:Ana Ruiz",
      "institution:National Association of Harbour Pilots",
    ]);
    expect(named("The Joint Council on Fisheries met.")).toEqual(["institution:Joint Council on Fisheries"]);
    expect(named("Port Rates and Fees Committee Chairman Lena Holt spoke.")).toEqual([
      "institution:Port Rates and Fees Committee",
      "person:Lena Holt",
    ]);
    expect(named("Then Secretary of State Omar Vance and Pia Lund spoke.")).toEqual(["person:Omar Vance", "person:Pia Lund"]);
    expect(named("The House and Senate met.")).toEqual([]);
    expect(speakers("The Food and Drug Safety Administration said the batch was recalled.")).toEqual([
      ["Food and Drug Safety Administration"],
    ]);
  });

  it("ends a name at a possessor or a model number", async () => {
    const { namedEntitiesIn } = await import("../noun-phrases");
    expect(namedEntitiesIn("a member of Norway’s Sweden policy team").map((e) => e.name)).toEqual([]);
    expect(namedEntitiesIn("the Nordic Galaxy S9 handset").map((e) => e.name)).toEqual([]);
    expect(namedEntitiesIn("analysts at Hart’s Investors Service said").map((e) => e.name)).toEqual(["Hart’s Investors Service"]);
  });

  it("reads a plural of people or a lone organisation word as no person", () => {
    expect(speakers("Lawyers for Vance said the charges were baseless.")).toEqual([["lawyers for Vance"]]);
    expect(speakers("The Harbour Pilots Institute published a study.", "The Institute said the port was unsafe.")).toEqual([
      [],
      ["Harbour Pilots Institute"],
    ]);
    expect(speakers("The ambassador to the United States, Omar Vance, said talks would resume.")).toEqual([["Omar Vance"]]);
    expect(speakers("Senator Ida Novak of Ohio said the bill was dead.")).toEqual([["Ida Novak"]]);
    expect(speakers("Representative Peter Kingsley said so.", "Republican Representative Peter King said no.")).toEqual([
      ["Peter Kingsley"],
      ["Peter King"],
    ]);
  });
});

describe("'and' inside an organisation's name", () => {
  it("keeps 'and' after a name joined by on, for or of, but splits two bodies", () => {
    expect(speakers("The Institute on Taxation and Economic Policy said the cut was “regressive”.")).toEqual([
      ["Institute on Taxation and Economic Policy"],
    ]);
    expect(speakers("The Center for Strategic and International Studies said so.")).toEqual([
      ["Center for Strategic and International Studies"],
    ]);
    expect(speakers("The House of Representatives and Senate said so.")).toEqual([["House of Representatives", "Senate"]]);
  });
});

describe("a pronoun's office, lawyer or aide", () => {
  it("speaks for the person the pronoun stands for, named in the sentence or before", () => {
    expect(speakers("Senator Ida Novak will vote for the bill, her office said on Friday.")).toEqual([["office of Ida Novak"]]);
    expect(speakers("Omar Vance was charged on Monday.", "His lawyer said he would appeal.")).toEqual([[], ["lawyer for Omar Vance"]]);
    expect(speakers("Vance’s office declined to comment.", "Vance’s office said he was abroad.")[1]).toEqual(["office of Vance"]);
  });
});

describe("what stands between a speaker and the cue", () => {
  it("skips an apposition with its own relative clause, an age, and a bare time phrase", () => {
    expect(
      speakers(
        "Rosa Imhof, a geologist at the University of Bern who has studied the glacier for years, said the ice was “thinning fast”.",
      ),
    ).toEqual([["Rosa Imhof"]]);
    expect(speakers("“We are tired,” Pavel Novak, 31, a nurse from the eastern suburbs, said Monday.")).toEqual([["Pavel Novak"]]);
    expect(speakers("Nordic Airlines this week declared the ferry lost and said “no one survived”.")).toEqual([["Nordic Airlines"]]);
    expect(speakers("The co-chair of the Green Party, Ada Moen, on Friday called the plan “a failure”.")).toEqual([["Ada Moen"]]);
  });

  it("takes the antecedent of a relative clause and passes a place named in an adjunct", () => {
    expect(speakers("Residents and doctors who were inside the clinic described the mood as “grim”.")).toEqual([["residents", "doctors"]]);
    expect(speakers("Ines in a blog post on the City Hall website said she would visit two schools.")).toEqual([["Ines"]]);
  });

  it("reads an inverted speaker with a possessive, a hyphenated surname or a relative clause after it", () => {
    expect(speakers("“She was always calm,” says her younger brother Karl Weber.")).toEqual([["Karl Weber"]]);
    expect(speakers("“It was strange,” said Marie Dubois-Lenoir, who was at the match.")).toEqual([["Marie Dubois-Lenoir"]]);
    expect(speakers("“We found nothing,” said Li Wen whose sister is missing.")).toEqual([["Li Wen"]]);
  });

  it("reads two apostrophes as a quotation mark and a capitalised interjection before a verb as a name", () => {
    expect(speakers("Ms Ruth Keller visited the school.", "\"It is proof,'' said Keller.")).toEqual([[], ["Ruth Keller"]]);
    expect(speakers("“Ties must be closer,” Oh said.")).toEqual([["Oh"]]);
  });
});

describe("quotes attributed from around them", () => {
  it("gives a quote to the bare attribution that follows it", () => {
    expect(
      article(["“Can you buy your leg back?", "Nobody can.”"], ["Tom Reyes, a father of two, said in an email to the agency."]),
    ).toEqual([["Tom Reyes"], ["Tom Reyes"], ["Tom Reyes"]]);
  });

  it("does not reach back past a sentence that opens no quote", () => {
    expect(article(["The storm hit at dawn.", "Roofs fell “like cards”."], ["Tom Reyes said in an email."])).toEqual([
      [],
      [],
      ["Tom Reyes"],
    ]);
  });

  it("gives a paragraph of quote to the one speaker of the paragraph before", () => {
    expect(article(["Coach Ana Ruiz said the squad was tired.", "The club lost again."], ["“We need rest.", "Then we win.”"])).toEqual([
      ["Ana Ruiz"],
      [],
      ["Ana Ruiz"],
      ["Ana Ruiz"],
    ]);
  });

  it("leaves a paragraph that quotes a quote to nobody", () => {
    expect(article(["The ministry's Ivan Petrov said the talks were useful."], ["“Kerry told Lavrov: ‘We can work together.’”"])).toEqual([
      ["Ivan Petrov"],
      [],
    ]);
  });

  it("gives interview answers to the person the headline names, and questions no speaker", () => {
    const { sentences, starts } = paragraphs(
      ["What would your sons say you are?"],
      ["“A hard worker.", "They say so every day.”"],
      ["How do you rest?"],
      ["“I read.”"],
    );
    const found = attributeArticle(sentences, starts, "How Nora Lindqvist Runs Her Day").map((a) => a.speaker);
    expect(found).toEqual([[], ["Nora Lindqvist"], ["Nora Lindqvist"], [], ["Nora Lindqvist"]]);
    expect(attributeArticle(sentences, starts, "Running a busy day").map((a) => a.speaker)).toEqual([[], [], [], [], []]);
  });

  it("reads a capitalised verb after a speech verb as a name", () => {
    expect(speakers("“It is proof,” said Ford, pointing to the wall.")).toEqual([["Ford"]]);
  });
});

describe("names, times and clauses around the cue", () => {
  it("keeps a capitalised preposition inside an organisation's name", () => {
    expect(
      speakers("A spokesman for Doctors Without Borders described the ruling as “harsh”.", "“It is wrong,” the organisation said."),
    ).toEqual([["spokesman for Doctors Without Borders"], ["Doctors Without Borders"]]);
  });

  it("reads May before 'said' as a name and skips a time phrase inside the subject", () => {
    expect(speakers("“It was the wrong thing to do,” May said.")).toEqual([["May"]]);
    expect(speakers("Lopez last month said that the plan was “dead”.")).toEqual([["Lopez"]]);
  });

  it("takes the main clause's subject for 'saying:' and an apposition's name before the content", () => {
    expect(speakers("Asked if he wanted Ortiz to stay, Brandt sidestepped the question saying: “He is here.”")).toEqual([["Brandt"]]);
    expect(speakers("Ana Kohl, an economist with the Institute for Fiscal Studies, said the cost of the plan “will rise”.")).toEqual([
      ["Ana Kohl"],
    ]);
    expect(speakers("Mayor Tom Hale flew to Rome.", "He called reports about his use of private jets for trips “a little silly”.")).toEqual(
      [[], ["Tom Hale"]],
    );
  });
});

describe("more shapes of subject and cue", () => {
  it("reads a participle or relative clause inside an apposition, and an adverb before a participle", () => {
    expect(speakers("“We heard shots,” Paul Girard, a teacher living near the square, said.")).toEqual([["Paul Girard"]]);
    expect(speakers("“It was chaos,” Sean Kelly, a 30-year-old from north-east Leeds who survived the attack, told the radio.")).toEqual([
      ["Sean Kelly"],
    ]);
    expect(speakers("Mayor Lena Holm, visibly shaken, called the fire “a tragedy”.")).toEqual([["Lena Holm"]]);
  });

  it("follows a relative, a dash-set clause, a reflexive and 'one of'", () => {
    expect(speakers("The news came from the Interior Ministry, which said in a statement that ten people had died.")).toEqual([
      ["Interior Ministry"],
    ]);
    expect(speakers("The farmers who came to the meeting said they were “ignored”.")).toEqual([["farmers"]]);
    expect(speakers("Diaz herself described her job as “mother-in-chief”.")).toEqual([["Diaz"]]);
    expect(speakers("“We saw nothing,” said one of the officials involved in the search.")).toEqual([["officials"]]);
    expect(speakers("A half-dozen lawmakers said the bill was “dead”.")).toEqual([["half-dozen lawmakers"]]);
    expect(speakers("A top U.N. official in September described the raids as “cleansing”.")).toEqual([["U.N. official"]]);
  });

  it("reads the age, the nationality and the office for the person the article named", () => {
    expect(speakers("Striker Tom Blake joined in May.", "“I am happy,” the 27-year-old said.")).toEqual([[], ["Tom Blake"]]);
    expect(speakers("Coach Ewan Reid was sacked.", "The Scot added: “It hurts.”")).toEqual([[], ["Ewan Reid"]]);
    expect(speakers("First Lady Ana Ruiz visited Lagos.", "“It was moving,” the first lady said.")).toEqual([[], ["Ana Ruiz"]]);
  });

  it("gives a document to the one named with it and reads cue verbs the tagger took for nouns", () => {
    expect(speakers("“The deal is done,” read a Norwich statement.")).toEqual([["Norwich"]]);
    expect(speakers("CNN reports that the plant is leaking.")).toEqual([["CNN"]]);
    expect(speakers("One official offered a mea culpa: “We failed.”")).toEqual([["official"]]);
  });
});

describe("quotes after a person is introduced", () => {
  it("gives a quote to the person whose name opened the sentence before", () => {
    expect(article(["Nurse Ida Berg, 24, had to leave her flat near the hall."], ["“I am terrified.", "Nobody feels safe.”"])).toEqual([
      [],
      ["Ida Berg"],
      ["Ida Berg"],
    ]);
    expect(article(["Tom Hale of Leeds was staying nearby."], ["“I heard shots.”"])).toEqual([[], ["Tom Hale"]]);
  });

  it("leaves a quote alone after a line that only names someone, or when an attribution closes it", () => {
    expect(article(["Club chairman Ed Marsh"], ["“We will buy players.”"])).toEqual([[], []]);
    expect(article(["Tom Hale of Leeds was staying nearby."], ["“I heard shots.", "Then silence,” said Ana Ruiz."])).toEqual([
      [],
      ["Ana Ruiz"],
      ["Ana Ruiz"],
    ]);
  });

  it("reads a passive 'summed up by', a verb after the quote it needs, and a given name alone", () => {
    expect(article(["The mood was summed up by Lea Vogt, a teacher."])).toEqual([["Lea Vogt"]]);
    expect(article(["“Barack had four jobs,” she laughs."], [])).toEqual([[]]);
    expect(article(["Lawyer Michelle Obama met Barack at a law firm.", "“He was smart,” she laughs."])).toEqual([[], ["Michelle Obama"]]);
  });

  it("takes a surname that is also a verb for the name it is before a speech verb", () => {
    expect(speakers("Senator Ana Wade spoke to us.", "Then Wade said the bill would pass.", "Wade said it was more.")).toEqual([
      [],
      ["Ana Wade"],
      ["Ana Wade"],
    ]);
    expect(speakers("Mayor Pim Lock opened the bridge.", "Lock said: “It took ten years.")).toEqual([[], ["Pim Lock"]]);
    expect(speakers("Two bridges were closed on Monday, according to French officials.")).toEqual([["French officials"]]);
  });

  it("gives a pronoun to the subject of the sentence before rather than to an earlier speaker", () => {
    expect(
      speakers(
        "“The plan is sound,” said analyst Ruth Ames.",
        "However Mr Karl Oduya was not convinced by these explanations.",
        "“This is no excuse,” he said.",
      ),
    ).toEqual([["Ruth Ames"], [], ["Karl Oduya"]]);
    expect(
      speakers(
        "“We are ready,” said coach Tom Reyes.",
        "Speaking on Saturday morning, President Paul Adeyemi was unequivocal.",
        "“These attacks were planned abroad,” he said.",
      ),
    ).toEqual([["Tom Reyes"], [], ["Paul Adeyemi"]]);
    // A capitalised phrase before a noun is no subject, and a subject of unknown gender is not "he".
    expect(
      speakers(
        "But Dan Moss said: “Bringing it back would help.”",
        "The Home Cup series was done away with in 1984.",
        "“It was a highlight,” he added.",
      ),
    ).toEqual([["Dan Moss"], [], ["Dan Moss"]]);
    expect(
      speakers(
        "Analyst Leo Hart of Brightline said the data was weak.",
        "In a statement, the Harbour Workers Union listed its demands, citing a report by the Ports Authority.",
        "Pay, it said, had fallen for years.",
      ),
    ).toEqual([["Leo Hart"], [], ["Harbour Workers Union"]]);
  });

  it("describes an unnamed source by what it knows or who asked it, wherever the verb stands", () => {
    expect(speakers("A person familiar with the matter said the deal was close.")).toEqual([["person familiar with the matter"]]);
    expect(speakers("The deal is close, two sources familiar with the talks told reporters.")).toEqual([
      ["sources familiar with the talks"],
    ]);
    expect(speakers("Economists polled by a wire service said growth would slow.")).toEqual([["economists polled by a wire service"]]);
    expect(speakers("A source close to the inquiry said the ship had left.")).toEqual([["source close to the inquiry"]]);
    expect(speakers("Officials involved in the talks said the deal was close.")).toEqual([["officials involved in the talks"]]);
    // A verb of the sentence is no describer, and a document issued by someone is read as before.
    expect(speakers("Thousands of farmers battled with police during a march to demand a better deal.")).toEqual([[]]);
  });

  it("gives 'one of them' to the group named before", () => {
    expect(
      speakers(
        "Two senior officials told a newspaper that their view had shifted.",
        "The group wanted a big attack, one of them said.",
        "One of them said the group was weak.",
      ),
    ).toEqual([["officials"], ["officials"], ["officials"]]);
  });

  it("gives a document to whoever it is from or by", () => {
    expect(speakers("A statement from Lagos Telecom Ltd said the network was down.")).toEqual([["Lagos Telecom Ltd"]]);
    expect(speakers("The Harbour Commission met.", "A report by the commission said the port was full.")).toEqual([
      [],
      ["Harbour Commission"],
    ]);
    expect(speakers("Sales grew by a fifth, according to a survey by Brightline Research.")).toEqual([["Brightline Research"]]);
  });

  it("links 'the magazine' to the name introduced as one, and lets a described body stand for itself", () => {
    expect(
      speakers(
        "The laptop was chosen as the best gadget by US magazine Mobile Review.",
        "“We included only items that were mobile,” said the magazine.",
        "“We tried to get to the heart of it,” it concluded.",
      ),
    ).toEqual([[], ["Mobile Review"], ["Mobile Review"]]);
    expect(speakers("Software company Brightline Systems cut 200 jobs.", "The company said demand had fallen.")).toEqual([
      [],
      ["Brightline Systems"],
    ]);
    expect(
      speakers("The Foreign Office urged travellers to stay away.", "The Japanese meteorological agency warned of a strong tremor."),
    ).toEqual([["Foreign Office"], ["Japanese meteorological agency"]]);
    // A place's adjective does not make another firm.
    expect(speakers("Shares in Harbour Group fell.", "The Australian firm said it would only break even.")).toEqual([
      [],
      ["Harbour Group"],
    ]);
  });

  it("gives a transcript of posts to the person whose accounts they were posted to", () => {
    expect(
      speakers(
        "The following statements were posted to the verified accounts of Mayor Ida Novak, @idanovak and @cityhall.",
        "The newspaper has not edited them.",
        "@idanovak : - Ferries run late today!",
        "[0930] - The bridge reopens tomorrow.",
        "Council spokesman Tom Reyes said repairs were done.",
        "[1030] -- Source link: (bit.ly/2xYz) (bit.ly/3aBc)",
      ),
    ).toEqual([[], [], ["Ida Novak"], ["Ida Novak"], ["Tom Reyes"], []]);
  });

  it("resolves a phrase once however many cues share it, and never inverts a participle", () => {
    expect(
      speakers(
        "Producer Leo Marsh faces a suit from Ana Clark.",
        "Mr Marsh is free on bail.",
        "The 64-year-old has denied the charge, saying her death was an accident.",
      ),
    ).toEqual([[], [], ["Leo Marsh"]]);
    expect(speakers("Mayor Ida Novak spoke first.", "She rejected the plan, saying it cost too much.")).toEqual([[], ["Ida Novak"]]);
  });

  it("takes the name that opens the sentence when the apposition after it lacks its closing comma", () => {
    expect(speakers("Wei Chen, board member of Harbour Group also said the market was large.")).toEqual([["Wei Chen"]]);
    expect(speakers("Ann Lake, an analyst at Brightline Research said rates would rise.")).toEqual([["Ann Lake"]]);
    // A document after the comma is a parenthetical source, and a day is when, not who.
    expect(speakers("The Harbour Board wrote to him.", "Novak, the letter said, had ignored three requests.")).toEqual([
      ["Harbour Board"],
      ["Harbour Board"],
    ]);
    expect(speakers("Early Monday, officials said two ships had left.")).toEqual([["officials"]]);
  });

  it("gives 'they' to a group of people the sentence before was about, not to its own subject", () => {
    expect(speakers("Harbour officials have arrested 20 sailors.", "They accused the crew of smuggling.")).toEqual([
      [],
      ["Harbour officials"],
    ]);
    expect(
      speakers("European ministers said the dollar was too weak.", "US officials were talking it up, they said, but did nothing."),
    ).toEqual([["European ministers"], ["European ministers"]]);
  });

  it("reads ', and' between an object and a new subject as two clauses, and a list of three as one subject", () => {
    expect(speakers("Moscow denies the claims by two agencies, and Ana Ruiz says there was no fraud.")).toEqual([["Moscow", "Ana Ruiz"]]);
    expect(speakers("There was no evidence against Lee, and the Harbour Board said the case was closed.")).toEqual([["Harbour Board"]]);
    expect(speakers("Ann Lee, Wei Chen, and Tom Reyes said the deal was done.")).toEqual([["Ann Lee", "Wei Chen", "Tom Reyes"]]);
  });

  it("finds the speaker of a clause opened by after, before, since or until", () => {
    expect(speakers("His remarks came after officials announced the port would close.")).toEqual([["officials"]]);
    expect(speakers("Mayor Ana Ruiz spoke.", "That was days after Ruiz said the port would close.")).toEqual([[], ["Ana Ruiz"]]);
    // A subject before the adjunct is still the subject.
    expect(speakers("Ana Ruiz on Monday said the port would close.")).toEqual([["Ana Ruiz"]]);
  });

  it("lets 'the government' stand for itself when none is named, rather than the organisation last named", () => {
    expect(speakers("Harbour Group said it had made a loss.", "The government said the port would stay open.")).toEqual([
      ["Harbour Group"],
      ["government"],
    ]);
  });
});

describe("first names, far pronouns and mistyped quote marks", () => {
  it("takes a first name alone for the person named in full with it", () => {
    expect(speakers("Dana Whitfield ran the clinic for ten years.", "Dana said the call came late.")[1]).toEqual(["Dana Whitfield"]);
  });

  it("lets 'she' reach past men to the woman named a few sentences before", () => {
    const found = speakers(
      "Dana Whitfield ran the clinic.",
      "Then she met Tom Reyes, a young lawyer.",
      "Tom Reyes worked with Paul Ortiz and Mark Bell.",
      "“I was more focused on my plan,” she says.",
    );
    expect(found[3]).toEqual(["Dana Whitfield"]);
  });

  it("reads an opening mark typed where a quote closes before its attribution", () => {
    const found = speakers("“It was an everyday experience, “ said Ruth Amsel, a historian.", "“But some of it was complex.”");
    expect(found).toEqual([["Ruth Amsel"], ["Ruth Amsel"]]);
  });

  it("carries a quote run opened by a speaker that a later pass found", () => {
    const found = speakers(
      "Carla Mendes of Porto was staying nearby.",
      "“The noise was terrible.”",
      "“I was somewhere near the river.",
      "Then it stopped.”",
    );
    expect(found.slice(1)).toEqual([["Carla Mendes"], ["Carla Mendes"], ["Carla Mendes"]]);
  });
});

describe("speakers in relative clauses and occasions", () => {
  it("takes the name a described speaker of a relative clause is the apposition of", () => {
    expect(speakers("Ana Ruiz, the station's anchor who said that the vote was “rigged,” apologised on Tuesday.")).toEqual([["Ana Ruiz"]]);
    expect(speakers("Ana Ruiz, the leader of the Green party, who on Saturday said that “the city is no longer safe.”")).toEqual([
      ["Ana Ruiz"],
    ]);
    // A group described by a relative clause is no speaker of the sentence.
    expect(speakers("Lawmakers from Ohio and Texas who oppose the plan were absent.")).toEqual([[]]);
  });

  it("gives an infinitive cue the subject of the occasion it is the purpose of", () => {
    expect(speakers("Ana Ruiz held a news conference to declare that the city was no longer safe.")).toEqual([["Ana Ruiz"]]);
    expect(speakers("Mr Okafor went on national television to announce a curfew.")).toEqual([["Okafor"]]);
  });

  it("reads 'thinks' with a quote as the thinker's words, and a booster as a source", () => {
    expect(speakers("Tom Reyes thinks “there is a real risk” if the party attacks her.")).toEqual([["Tom Reyes"]]);
    expect(speakers("As one booster enthuses: “Her story is a lot more mainstream.”")).toEqual([["booster"]]);
  });
});

describe("transcripts and verbs that need a quote", () => {
  it("gives each paragraph a person's label opens to that person, when the label recurs", () => {
    const found = article(
      ["Dana Whitfield talked to us about the campaign."],
      ["Herald: What do you like least?"],
      ["Dana Whitfield: The travel.", "I miss the girls."],
      ["Herald: And the girls?"],
      ["Dana Whitfield: They cope.", "Malia is starting to ask questions."],
    );
    expect(found.slice(2)).toEqual([["Dana Whitfield"], ["Dana Whitfield"], [], ["Dana Whitfield"], ["Dana Whitfield"]]);
  });

  it("takes no list heading or one-off label for a speaker", () => {
    const found = article(["Subs Not Used: Fish, Jeffers."], ["Subs Not Used: Cooper, Knight."], ["Dana Whitfield: a profile."]);
    expect(found).toEqual([[], [], []]);
  });

  it("reads scoffs and retorted with a quote as speech", () => {
    expect(speakers("Instead, writer Ana Ruiz scoffs, “the first lady” has embraced “domestic causes”.")).toEqual([["Ana Ruiz"]]);
    expect(speakers("“We will see,” Lee retorted.")).toEqual([["Lee"]]);
  });
});

describe("lists, brackets, one-word companies and epithets", () => {
  const kinds = (...sentences: string[]) => attributeArticle(sentences).map((a) => a.speakerKind);

  it("reads a name's apposition with 'and' inside, and the names a group is set off with", () => {
    expect(speakers("Dana Whitfield, Brightline vice-president and regional manager, said the talks went well.")).toEqual([
      ["Dana Whitfield"],
    ]);
    expect(speakers("Two senior senators, Ana Ruiz and Tom Reyes, said the bill would fail.")).toEqual([["Ana Ruiz", "Tom Reyes"]]);
    // An office with "and" set off after a name is the name's; a list inside a clause is nobody's.
    expect(speakers("Kofi Mensah, Trade and Industry Minister, announced the decision.")).toEqual([["Kofi Mensah"]]);
    expect(speakers("Brightline, whose brands include Lumen, Sorrel and Vantor, dismissed the offer.")).toEqual([["Brightline"]]);
  });

  it("looks past an abbreviation or affiliation in brackets, and takes the whole name the letters spell", () => {
    expect(speakers("Growth slowed, the Lagos Ports Authority (LPA) said in a report.")).toEqual([["Lagos Ports Authority"]]);
    expect(speakers("Sen. Ana Ruiz (D-Ore.) said the bill would fail.")).toEqual([["Ana Ruiz"]]);
    expect(speakers("The Commission for West Africa and the Sahel (CWAS) said exports rose.")).toEqual([
      ["Commission for West Africa and the Sahel"],
    ]);
  });

  it("takes a one-word name the article calls 'the firm' or 'it' for the organisation it is", () => {
    expect(speakers("Brightline said sales fell.", "The firm said costs rose.", "It said it would cut jobs.")).toEqual([
      ["Brightline"],
      ["Brightline"],
      ["Brightline"],
    ]);
    expect(kinds("Brightline said sales fell.", "The firm said costs rose.")).toEqual([["organisation"], ["organisation"]]);
    // A person's surname stays a person's: "the firm" then is nobody the article named.
    expect(speakers("Mr Brightwater said sales fell.", "The firm said costs rose.")).toEqual([["Brightwater"], []]);
  });

  it("resolves an epithet to the person named before the sentence", () => {
    expect(speakers("Dana Whitfield scored twice on Sunday.", "Later the Lagos striker said he was not ready to leave.")).toEqual([
      [],
      ["Dana Whitfield"],
    ]);
    expect(speakers("Singer Ana Ruiz met Tom Reyes.", "The singer said it was over.")).toEqual([[], ["Ana Ruiz"]]);
    // Not someone the sentence itself names beside it.
    expect(speakers("The striker protested and referee Tom Reyes denied it.")).toEqual([[]]);
  });
});

describe("wire-copy marks, dashes and compound words around the source", () => {
  it("reads names marked with angle brackets and leaves stock symbols out", () => {
    expect(speakers("LAGOS, March 2 - <Brightline Holdings Inc> said it sold its shipping unit.")).toEqual([["Brightline Holdings Inc"]]);
    expect(speakers("Brightline Group Plc <BRTL.L>, rumoured to be selling a unit, said it is studying ways to raise capital.")).toEqual([
      ["Brightline Group Plc"],
    ]);
  });

  it("takes an apposition set off by dashes as one set off by commas", () => {
    expect(
      speakers("Sinopec said it would pay.", "Of the payment, the firm - China's biggest fuel supplier - said it would use its own funds."),
    ).toEqual([["Sinopec"], ["Sinopec"]]);
  });

  it("keeps a lower-case half of a hyphenated given name and a compound with a verb inside the phrase", () => {
    expect(speakers("“Creditors would seek sanctions,” said Yoo Ji-chang, governor of the bank.")).toEqual([["Yoo Ji-chang"]]);
    expect(speakers("“The text does not change policy,” a spokesman for the tax-writing Ways and Means Committee said.")).toEqual([
      ["spokesman for the tax-writing Ways and Means Committee"],
    ]);
  });

  it("reads an apposition with 'and' before a relative clause, and one that ends in an infinitive", () => {
    expect(speakers("Reyes, a Democrat and former comedian who has represented Ohio since 2009, said he would return.")).toEqual([
      ["Reyes"],
    ]);
    expect(speakers("But Judge Ana Ruiz, the one judge to oppose the appeal, said the law had safeguards.")).toEqual([["Ana Ruiz"]]);
  });
});

describe("organisations named in one word", () => {
  it("takes 'the Treasury' for a body, as 'the Senate'", () => {
    expect(speakers("But the Treasury said there would be no relaxation.")).toEqual([["Treasury"]]);
  });

  it("registers a one-word name introduced with what it is, for 'the firm' later", () => {
    expect(speakers("Channel operator Brightline has seen sales fall.", "The firm said sales were down.")).toEqual([[], ["Brightline"]]);
    // A news agency that carries the story is not the company it reports on.
    expect(speakers("Brightline said sales fell.", "News agency Vantor said sales rose.", "The company said costs rose.")).toEqual([
      ["Brightline"],
      ["Vantor"],
      ["Brightline"],
    ]);
  });
});

describe("committees, party members and infinitives after a noun", () => {
  it("keeps a committee's name with 'and' whole when an office and a name follow it", () => {
    expect(speakers("House Ways and Means Committee Chairman Tom Reyes said lawmakers were determined.")).toEqual([["Tom Reyes"]]);
  });

  it("takes 'the Nevada Democrat' for the person named before, not someone's Democrat", () => {
    expect(
      speakers("Dana Whitfield faces an inquiry.", "The first-term Nevada Democrat, who is under investigation, denied the allegations."),
    ).toEqual([[], ["Dana Whitfield"]]);
    expect(speakers("Dana Whitfield appeared on Monday.", "The committee's ranking Democrat said the inquiry should go on.")).toEqual([
      [],
      [],
    ]);
  });

  it("takes no speaker for an infinitive that describes a noun, but the object of 'prompted … to say'", () => {
    expect(speakers("Lee was the first member of the cabinet to plead guilty to a crime.")).toEqual([[]]);
    expect(speakers("The deficit has prompted several senators to say they would vote against it.")).toEqual([["senators"]]);
  });
});

describe("cues with more between them and their source", () => {
  it("reads a claim whose content opens with a possessive or a phrase with a preposition", () => {
    expect(speakers("Mr Reyes also claimed Ana Ruiz's intervention in the row was “an attempt to reassure voters”.")).toEqual([["Reyes"]]);
  });

  it("inverts any cue right after a quote, and keeps a name with a hyphenated given name whole", () => {
    expect(speakers("In 2005 it “will rise toward 13,000”, predicted Lagos strategist Kofi Mensah.")).toEqual([["Kofi Mensah"]]);
    expect(speakers("Brightline will pay a higher dividend for the year, chairman Li Ka-shing said.")).toEqual([["Li Ka-shing"]]);
  });

  it("keeps a name joined with an ampersand as one organisation", () => {
    expect(speakers("The market remains robust, according to mortgage lender Bradford & Bingley.")).toEqual([["Bradford & Bingley"]]);
  });

  it("takes the subject that opens the sentence past a relative clause, not what follows the verb", () => {
    expect(speakers("Ruiz, whose government has been in power for two months, said countries who accused Lagos were hypocrites.")).toEqual([
      ["Ruiz"],
    ]);
    // A subject in the middle of the sentence still inverts: "…, said Mr Reyes, would be …".
    expect(speakers("The tone of the campaign, said Mr Reyes, would be more local.")).toEqual([["Reyes"]]);
  });

  it("keeps who said it beside the outlet that carries it, and the clause after an opening 'according to'", () => {
    expect(speakers("“We have much to discuss”, Ana Ruiz told Tom Reyes, according to the news agency TASS.")).toEqual([
      ["Ana Ruiz", "TASS"],
    ]);
    expect(speakers("According to court filings, Tom Reyes said at the meeting that he had contacts.")).toEqual([["Tom Reyes"]]);
  });

  it("gives an opening participle the main clause's subject, not a verb inside the quote", () => {
    expect(speakers("Explaining why the robot used wheels, Ana Ruiz, from the lab, said: “We aimed to make it useful.”")).toEqual([
      ["Ana Ruiz"],
    ]);
  });

  it("knows operatives and a company's division as sources", () => {
    expect(speakers("If candidates are not careful, operatives said, rivals would do it for them.")).toEqual([["operatives"]]);
    expect(speakers("Brightline Corp's Personal Computer division said it signed an agreement.")).toEqual([
      ["Personal Computer division of Brightline Corp"],
    ]);
  });
});

describe("a photo caption that introduces a quote", () => {
  it("gives the quote after a caption in the present to the person it names", () => {
    expect(
      speakers("Prime Minister Ana Ruiz (C) makes an announcement in Lagos.", "“It is with deep sadness that I must inform you.”"),
    ).toEqual([[], ["Ana Ruiz"]]);
  });
});

describe("subjects past honorifics, numbers and opening phrases", () => {
  it("starts a name at its honorific, past a place before it", () => {
    expect(speakers("In a panel discussion at a summit in California Mr Reyes said patents were a problem.")).toEqual([["Reyes"]]);
  });

  it("reads an apposition that opens with 'one of', and a subject after an opening adverbial", () => {
    expect(speakers("Senator Ana Ruiz of Ohio, one of several senators seen as pivotal to the plan, said she would support it.")).toEqual([
      ["Ana Ruiz"],
    ]);
    expect(
      speakers(
        "In one of the sharpest criticisms, chairman Tom Reyes, a longtime supporter and former senator from Ohio, told reporters it was wrong.",
      ),
    ).toEqual([["Tom Reyes"]]);
  });

  it("inverts with an adverb after the name, and reads a claim with a hyphenated word inside", () => {
    expect(speakers("“What a great way to finish the year,” said Nadal afterwards.")).toEqual([["Nadal"]]);
    expect(speakers("Davis claimed same-sex marriage went against her beliefs.")).toEqual([["Davis"]]);
  });

  it("gives 'saying' with no comma to the subject unless a person stands right before it", () => {
    expect(speakers("Ana Ruiz has attacked the policy on immigration saying it hurts workers.")).toEqual([["Ana Ruiz"]]);
    expect(speakers("A user of the service is suing the firm saying it is unfair.", "He says the firm breaks the law.")).toEqual([
      ["user of the service"],
      ["user of the service"],
    ]);
  });
});

describe("values that are whole names", () => {
  it("keeps a firm whose name ends in a plural of people whole when an abbreviation is in it", () => {
    expect(speakers("But consultancy ACU Strategic Partners said it was in talks.")).toEqual([["ACU Strategic Partners"]]);
  });

  it("takes no gerund that opens a sentence for a given name", () => {
    expect(speakers("Holding Ruiz accountable is the goal.", "During the campaign, Ruiz said he would stay.")).toEqual([[], ["Ruiz"]]);
  });

  it("keeps whose office it is when nobody holds it, and takes the holder named after it", () => {
    expect(speakers("The mayor of Frankfurt has said the move could cost jobs.")).toEqual([["mayor of Frankfurt"]]);
    expect(speakers("The head of research Peter Kim said the market would fall.")).toEqual([["Peter Kim"]]);
  });
});

describe("more values that are whole names", () => {
  it("keeps 'of the' inside an organisation's name, not after a person's", () => {
    expect(speakers("The Office of the Comptroller of the Currency said it could seek feedback.")).toEqual([
      ["Office of the Comptroller of the Currency"],
    ]);
    expect(speakers("Ana Ruiz of the Lagos Reporter said that the film was good.")).toEqual([["Ana Ruiz"]]);
  });

  it("takes no name from a word joined by a hyphen, nor a family word for part of a name", () => {
    expect(speakers("Aid to sub-Saharan Africa rose.", "He told an audience: “We are not here to lecture.”")).toEqual([[], []]);
    expect(speakers("Li Wenhua met the minister.", "Grandpa Li is popular.", "“We are proud,” Li said.")).toEqual([[], [], ["Li Wenhua"]]);
  });

  it("reads 'Polls say' as documents, not a name", () => {
    expect(speakers("Polls say half of voters think their taxes will rise.")).toEqual([[]]);
  });
});

describe("sources after the cue and organisations named before what they are", () => {
  it("inverts any cue when a source ends the sentence after a comma", () => {
    expect(speakers("A survey by Lagos Pro magazine looked at printers.", "Cheap ink fades in months, warned the magazine.")).toEqual([
      [],
      ["Lagos Pro"],
    ]);
    expect(speakers("Lee, shaken, warned the public.")).toEqual([["Lee"]]);
  });

  it("reads a statement that a quote closes before", () => {
    expect(speakers("“The performer ignored the request,” a Brightline statement read.")).toEqual([["Brightline"]]);
  });
});

describe("coordinated titled names and teams", () => {
  it("keeps both of two titled names joined by 'and'", () => {
    expect(speakers("Meanwhile Health Secretary Tom Reyes and Labour peer Lord Okafor are warning of the dangers.")).toEqual([
      ["Tom Reyes", "Okafor"],
    ]);
  });

  it("takes no team named just before for 'the teenager'", () => {
    expect(speakers("Lagos United beat Accra City on Sunday.", "The teenager said he was happy.")).toEqual([[], []]);
  });
});

describe("name particles", () => {
  it("keeps 'den', 'ter' and 'dos' inside a name", () => {
    expect(speakers("Festival director Sandra den Hamer said the film would not be shown.")).toEqual([["Sandra den Hamer"]]);
    expect(speakers("Coach Jorge dos Santos said the team was ready.")).toEqual([["Jorge dos Santos"]]);
  });
});

describe("pronouns a name after them cannot stand for", () => {
  it("gives an opening 'it' to the organisation named before the sentence, not to one named in it", () => {
    expect(
      speakers(
        "DALLAS, March 2 - Harlow Video Corp said it signed two licences.",
        "It said the licences were granted to <Kestrel Media Inc> for three cities.",
        "It said the licences require six stores.",
      ),
    ).toEqual([["Harlow Video Corp"], ["Harlow Video Corp"], ["Harlow Video Corp"]]);
    // A name before the pronoun in its own sentence may still be what it stands for.
    expect(speakers("Shares of Orrin Tools Inc fell after it said profits dropped.")).toEqual([["Orrin Tools Inc"]]);
  });

  it("lets 'it' go on with an institution that spoke in the sentence before", () => {
    expect(
      speakers(
        "The White House said the review was under way.",
        "The Pentagon said in a statement that it would follow the order.",
        "It added that it was pursuing relief.",
      ),
    ).toEqual([["White House"], ["Pentagon"], ["Pentagon"]]);
  });
});

describe("participles and verbs that need what they say", () => {
  it("gives a participle to the subject of the clause joined last", () => {
    expect(speakers("Lund said it would take too long and Okafor later climbed down, saying his was an ideal idea.")).toEqual([
      ["Lund", "Okafor"],
    ]);
    // ("it" there is the first clause's subject.)
    expect(speakers("Orrin Tools Inc reported a rise in profits, and it has forecast gains, predicting that sales would grow.")).toEqual([
      ["Orrin Tools Inc"],
    ]);
    // (Not a joined clause inside the quote before the attribution.)
    expect(speakers("“A deal is close, but it does not seem likely,” Reuters quoted one trader as saying.")).not.toContainEqual([]);
  });

  it("reads no participle after a word of degree", () => {
    expect(speakers("The view that the Federal Reserve will raise rates has made bonds more appealing to own.")).toEqual([[]]);
  });

  it("takes 'recall' for speech only with content after it", () => {
    expect(speakers("Delmar Motors is also recalling 19,924 coupes.")).toEqual([[]]);
    expect(speakers("Tanaka recalled how his grandfather began the tradition.")).toEqual([["Tanaka"]]);
    expect(speakers("Senator Ana Wade recalls seeing the crowd in Danang.")).toEqual([["Ana Wade"]]);
  });
});

describe("quotes after a sentence about their speaker", () => {
  it("gives a quote to the person a surname alone or a pronoun of known gender opened the sentence before with", () => {
    expect(
      article(
        ["Kamil Ostrow grew up with him.", "Ostrow last saw Mostar four years ago."],
        ["“He was the kind of kid who would not talk.", "He turned into a monster.”"],
      ),
    ).toEqual([[], [], ["Kamil Ostrow"], ["Kamil Ostrow"]]);
    expect(article(["Maria Lopez makes space a priority.", "She has made a deal with herself."], ["“I cannot be tired.”"])).toEqual([
      [],
      [],
      ["Maria Lopez"],
    ]);
    expect(article(["CNN iReporter Tom Hale of San Diego was staying nearby."], ["“I heard shots.”"])).toEqual([[], ["Tom Hale"]]);
  });

  it("leaves the quote alone when the pronoun's person is of unknown gender or the sentence is quoted", () => {
    expect(article(["Listen to it on Radio Five Live.", "He is the future of the club."], ["“We will not sell.”"])).toEqual([[], [], []]);
  });
});

describe("documents and who issued them", () => {
  it("gives 'the report said' to whoever the article said issued it", () => {
    expect(
      speakers(
        "The Federal Audit Bureau published a report on Tuesday.",
        "The plane had been missing for weeks.",
        "The report said costs would rise.",
      ),
    ).toEqual([[], [], ["Federal Audit Bureau"]]);
    expect(
      speakers("An analysis released by the Transport Safety Board sets out the area.", "But the report notes that work goes on."),
    ).toEqual([[], ["Transport Safety Board"]]);
  });

  it("gives a document a participle hangs on to the subject that issued it", () => {
    expect(speakers("Shortly after the Senate voted, the White House released a statement saying the rule was bad.")).toEqual([
      ["White House"],
    ]);
    expect(speakers("On Thursday, Malaysia's government released a statement formally declaring the crash an accident.")).toEqual([
      ["Malaysian Government"],
    ]);
  });

  it("reads a story as a document, a word before it after a possessive as a noun, and 'with X merely saying'", () => {
    expect(speakers("Harlow Magazine’s cover story declares the senator “a nightmare,” a label meant to stir.")).toEqual([
      ["Harlow Magazine"],
    ]);
    expect(speakers("Moody’s said providers would tread lightly.")).not.toEqual([[]]);
    expect(speakers("Both called on the leader to go, with Mr Okafor merely saying “as soon as possible”.")).toEqual([["Okafor"]]);
  });
});

describe("what documents found and showed", () => {
  it("gives 'the survey found' to whoever the article said carried it out, never to a person who found something", () => {
    expect(
      speakers("A survey conducted by Harlow Magazine has revealed that readers are unhappy.", "The survey found that prices rose."),
    ).toEqual([["Harlow Magazine"], ["Harlow Magazine"]]);
    expect(speakers("She found the keys were gone.", "Police found the body on Monday.")).toEqual([[], []]);
  });

  it("names nobody for evidence nobody is said to have issued, nor for who a survey asked", () => {
    expect(speakers("Lena Park said the talks went well.", "The documents also show that the firm proposed a deal.")).toEqual([
      ["Lena Park"],
      [],
    ]);
    expect(speakers("Lena Park said the talks went well.", "Media reports have said the deal is close.")).toEqual([["Lena Park"], []]);
    expect(speakers("Most firms are optimistic, a survey of 1,300 bosses suggests.")).toEqual([[]]);
  });

  it("keeps the sentence's other cue when the evidence names no issuer", () => {
    expect(speakers("U.S. immigration officials sought to block the order, saying the men faced no harm, court documents showed.")).toEqual(
      [["U.S. immigration officials"]],
    );
  });

  it("takes a name before a document that the article never gave a person for an organisation's", () => {
    expect(
      speakers(
        "Mark Olsen served in the Navy.",
        "A recent Harlow Research survey showed the country was viewed favourably.",
        "“More power to him,” he said.",
      ),
    ).toEqual([[], ["Harlow Research"], ["Mark Olsen"]]);
  });
});

describe("lines that introduce a quote", () => {
  it("gives a quote after a line ending in a colon to the person it refers to", () => {
    expect(speakers("President Ana Ruiz visited the hall.", "Her remarks:", "“We will fight.", "We will win.”")).toEqual([
      [],
      [],
      ["Ana Ruiz"],
      ["Ana Ruiz"],
    ]);
    // (Not a line with a quote of its own, nor one that names nobody.)
    expect(speakers("The hall was full.", "The programme:", "“Songs and speeches.”")).toEqual([[], [], []]);
  });

  it("reads 'X was blunt: “…”' as X's words", () => {
    expect(
      speakers("The minister was blunt: “We will not pay.”", "Lee Sun, however, is no longer cranky: “One of the best speeches.”"),
    ).toEqual([["minister"], ["Lee Sun"]]);
    expect(speakers("The weather was cold: ice everywhere.")).toEqual([[]]);
  });
});

describe("quotes past a caption or an opening phrase", () => {
  it("keeps quoting the speaker across a caption between paragraphs", () => {
    expect(
      article(
        ["Prof Lena Park says it would take off.", "“It would re-design itself,” she said."],
        ["Cleverbot is software that is designed to chat like a human would"],
        ["“Humans could not compete.”"],
      ),
    ).toEqual([["Lena Park"], ["Lena Park"], [], ["Lena Park"]]);
  });

  it("takes the subject past an opening phrase for the quote after it, unless the quote is about them", () => {
    expect(
      article(
        ["Valerie Marsh is a close friend.", "As deputy chief of staff at the time, Marsh hired Michelle to help companies."],
        ["“Her being from Chicago was an asset.”"],
      ),
    ).toEqual([[], [], ["Valerie Marsh"]]);
    expect(article(["And forward Simon Taylor looks certain to get the call."], ["“Taylor is an outstanding player.”"])).toEqual([[], []]);
  });
});

describe("restrictive relative clauses with a complement", () => {
  it("takes the antecedent past 'who have been critical of the plan'", () => {
    expect(speakers("Republican senators who have been critical of the plan said taxes would rise.")).toEqual([["Republican senators"]]);
  });
});

describe("counted groups and names with '&'", () => {
  it("gives 'Dozens of officials said' to the officials, and drops 'a dozen' from a source", () => {
    expect(speakers("Dozens of officials said no.", "A dozen State Department officials said the plan was wrong.")).toEqual([
      ["officials"],
      ["State Department officials"],
    ]);
  });
});

describe("offices, titles and surname particles in values", () => {
  it("takes a word that is also an office for a surname after an honorific, and gives the person a gender", () => {
    expect(speakers("Mr. Judge asked whether she knew the mayor.", "She said no.")).toEqual([["Mr. Judge"], []]);
  });

  it("keeps a given name before a surname particle, and a particle that opens an outlet's name", () => {
    expect(speakers("“It was a big worry,” Noël Le Graët, the federation’s president, told reporters.")).toEqual([["Noël Le Graët"]]);
    expect(speakers("Defence Minister Ursula von der Leyen said troops would go.")).toEqual([["Ursula von der Leyen"]]);
    expect(speakers("“There is a link,” Belgium's De Standaard newspaper reported.")).toEqual([["De Standaard"]]);
  });

  it("gives a surname without its Arabic article to the person named in full", () => {
    expect(speakers("Mohammed al-Rahim, an adviser, told reporters the risk remained.", "“The risk is still there,” Rahim said.")).toEqual([
      ["Mohammed al-Rahim"],
      ["Mohammed al-Rahim"],
    ]);
  });

  it("keeps the surname with the person first named in full, not a relative named later with more words", () => {
    expect(
      speakers(
        "Rabbi Ezra Tamm leads a synagogue.",
        "Tamm’s mother, Verdelle Okafor Tamm, was a teacher.",
        "“She was the glue of our family,” Tamm said.",
      ),
    ).toEqual([[], [], ["Ezra Tamm"]]);
  });

  it("reads an office written capitalised or abbreviated as whoever holds it, and nothing when nobody does", () => {
    expect(speakers("Cardinal Piero Vanni led the Mass.", "The Cardinal said peace was possible.")).toEqual([[], ["Piero Vanni"]]);
    expect(speakers("Prime Minister Ana Ruiz spoke in Leeds.", "The PM insisted nothing would derail the campaign.")).toEqual([
      [],
      ["Ana Ruiz"],
    ]);
    expect(speakers("The PM insisted nothing would derail the campaign.")).toEqual([[]]);
    expect(speakers("The Malaysian PM said the search was over.")).toEqual([["Malaysian prime minister"]]);
  });

  it("takes an office and its seat for one source, not the seat for a person", () => {
    expect(speakers("The Archbishop of Selby said the plan was wrong.")).toEqual([["Archbishop of Selby"]]);
  });

  it("reads a rank's period as part of the rank", () => {
    expect(speakers("“They are optimistic,” said Cmdr. William Marks of the 7th Fleet.")).toEqual([["William Marks"]]);
  });
});

describe("honorifics with a surname", () => {
  it("read as the person the article named in full, of the honorific's gender", () => {
    expect(
      speakers(
        "“It is oriented due east,” said Paul Grant, the director of the fund.",
        "But, Mr. Grant added, the other incentive was the location.",
      ),
    ).toEqual([["Paul Grant"], ["Paul Grant"]]);
    expect(speakers("Anna Berg spoke first.", "Mr. Berg said he agreed.")).toEqual([[], ["Mr. Berg"]]);
  });

  it("do not make a mention of her husband a mention of the woman who spoke", () => {
    expect(
      speakers(
        "She said she did not believe the polls, Mrs. Obama said.",
        "“If there was going to be an effect,” she said, Mr. Obama would not have won.",
      ),
    ).toEqual([["Mrs. Obama"], ["Mrs. Obama"]]);
  });
});

describe("pronouns, appositions and names around the cue", () => {
  it("lets 'she' stand for the one who spoke earlier in the same sentence", () => {
    expect(speakers("The House voted on the Clean Air Act.", "Pelosi said the plan was weak, but she also said “we will return.”")).toEqual(
      [[], ["Pelosi"]],
    );
  });

  it("takes no speaker from a word called out before an imperative", () => {
    expect(speakers("Mrs. Obama nodded: Good, tell me exactly how you would do it.")).toEqual([[]]);
    expect(speakers("Please note that the story was withdrawn.")).toEqual([[]]);
  });

  it("reads the name before two appositions", () => {
    expect(speakers("Senator Claire Dunn, Democrat of Missouri, a close ally of the campaign, says the plan must change.")).toEqual([
      ["Claire Dunn"],
    ]);
  });

  it("keeps '… and Co' inside a firm's name, before an analyst or a legal form", () => {
    expect(speakers("Harrow and Co analyst Jaret Sidel said the rate could rise.")).toEqual([["Jaret Sidel"]]);
    expect(speakers("Gold may lag, bullion bankers Samuel Harrow and Co Ltd said in a report.")).toEqual([["Samuel Harrow and Co Ltd"]]);
  });

  it("gives an outlet by its own name, without the word for what it is", () => {
    expect(speakers("Turnout was high, according to the Bangor Daily Ledger newspaper.")).toEqual([["Bangor Daily Ledger"]]);
    expect(speakers("China’s Xinhua news agency said the talks had failed.")).toEqual([["Xinhua"]]);
  });

  it("names a possessor without its titles or the words before it", () => {
    expect(speakers("President Ana Ruiz's national security team believes there is no threat.")).toEqual([
      ["national security team of Ana Ruiz"],
    ]);
    expect(speakers("Some of Alabama’s black leaders say turnout will be low.")).toEqual([["black leaders of Alabama"]]);
    expect(speakers("The U.S. House of Representatives’ energy committee said it wants answers.")).toEqual([
      ["energy committee of U.S. House of Representatives"],
    ]);
  });
});

describe("one quoted by another", () => {
  it("gives 'X quoted Y as saying' and 'Y was quoted as saying' to Y", () => {
    expect(speakers("The Times quoted Senator Dana Ruiz as saying that the requests were inappropriate.")).toEqual([["Dana Ruiz"]]);
    expect(speakers("“I never did it,” the newspaper quoted Lena Moor as saying.")).toEqual([["Lena Moor"]]);
    expect(speakers("Analysts cited one trader as saying the deal was close.")).toEqual([["trader"]]);
    expect(speakers("“Only one place was offered,” spokesman Dmitry Pesko was quoted as saying by the agency.")).toEqual([
      ["Dmitry Pesko"],
    ]);
  });
});

describe("more cues and shapes", () => {
  it("gives a quoted predicate in the first person to the person named before it", () => {
    expect(
      speakers(
        "Margot Lind told reporters the attack was close.",
        "Lind and three colleagues “were sitting outside ... we heard a bunch of shots.",
        "Maybe 8 to 10.”",
      ),
    ).toEqual([["Margot Lind"], ["Margot Lind"], ["Margot Lind"]]);
    expect(speakers("Margot Lind arrived.", "Lind “was not aware” of the plan.")).toEqual([[], []]);
  });

  it("reads 'texted' and 'sings' before or after a quote, and a time between a document and its participle", () => {
    expect(speakers("“I went to a party last night,” Omar Haddad texted me.")).toEqual([["Omar Haddad"]]);
    expect(speakers("“All the beauty wants to find us again,” Paul Hewson sings.")).toEqual([["Paul Hewson"]]);
    expect(speakers("The Wildlife Fund released a statement on Saturday saying the plan was wrong.")).toEqual([["Wildlife Fund"]]);
  });

  it("skips a 'but not' aside inside an apposition", () => {
    expect(speakers("Mike Marsh, the strategist who worked for Lee in 2000, but not yet this year, said the race was close.")).toEqual([
      ["Mike Marsh"],
    ]);
  });

  it("gives a family word with 'their' to people, never to an organisation, and an outlet its own name", () => {
    expect(speakers("The twins were born at the Pacific Center hospital.", "The twins were in one class, their mother said.")).toEqual([
      [],
      ["mother"],
    ]);
    expect(speakers("Belgium was criticised, with Le Monde newspaper calling it a “clearing house”.")).toEqual([["Le Monde"]]);
  });
});

describe("a quoted predicate of one person", () => {
  it("is theirs in the first person singular only", () => {
    expect(speakers("Anne Decker died in the attack.", "Decker “was a fantastic wife to our two sons.”")).toEqual([[], []]);
    expect(speakers("Anne Decker arrived.", "Decker “was afraid, but I stayed.”")).toEqual([[], ["Anne Decker"]]);
  });
});

describe("names that hold a country's name or an ampersand", () => {
  it("keeps a given name that is also a country's, and a firm's name with '&' whole", () => {
    expect(speakers("As eighth-grader India Allen put it: “Anything is possible.”")).toEqual([["India Allen"]]);
    expect(speakers("Insurer Allianz Global Corporate & Specialty said it had made payments.")).toEqual([
      ["Allianz Global Corporate & Specialty"],
    ]);
  });
});

describe("quote runs closed by their own attribution, and offices qualified by party or country", () => {
  it("gives a quote run to the attribution that closes it, not to the speaker of the sentence before", () => {
    expect(
      speakers(
        "Lamar Bell has played down the president's role.",
        "“Lamar, you could have spent years in jail.",
        "Shoplifting is not a little thing.",
        "Ungrateful fool!,” Trump tweeted.",
      ),
    ).toEqual([["Lamar Bell"], ["Trump"], ["Trump"], ["Trump"]]);
  });

  it("reads a party's word before an office as no name, and a country's as that country's office", () => {
    expect(speakers("President Ana Ruiz spoke first.", "The Republican president also weighed in on the plan.")).toEqual([
      [],
      ["Ana Ruiz"],
    ]);
    expect(speakers("Russian President Ivan Sokol spoke.", "“The state is safe,” the Russian president said.")).toEqual([
      [],
      ["Ivan Sokol"],
    ]);
    expect(speakers("Russian President Ivan Sokol spoke.", "The Turkish president said the deal was off.")).toEqual([
      [],
      ["Turkish president"],
    ]);
  });
});

describe("organisations named with a possessive or a lower-case word", () => {
  it("keeps a possessive in a firm's name, not an owner's, and the words of a body from its first name on", () => {
    expect(speakers("Shares fell after Moody's Investors Service said it may cut ratings.")).toEqual([["Moody's Investors Service"]]);
    expect(speakers("Prices are falling, the UN's Food & Agriculture Organisation has warned.")).toEqual([
      ["Food & Agriculture Organisation"],
    ]);
    expect(speakers("The US state department recommended that Americans leave.")).toEqual([["US State Department"]]);
  });
});

describe("two words for one group", () => {
  it("reads 'current and former officials' as one source, not a person named Current", () => {
    expect(speakers("Current and former officials said the plan was sound.")).toEqual([["officials"]]);
    expect(speakers("Senior and junior staff said the plan was wrong.")).toEqual([["staff"]]);
    expect(speakers("Republican and Democratic lawmakers said the bill would pass.")).toEqual([["Republican and Democratic lawmakers"]]);
    expect(speakers("Ryan and McConnell said the bill would pass.")).toEqual([["Ryan", "McConnell"]]);
  });
});
