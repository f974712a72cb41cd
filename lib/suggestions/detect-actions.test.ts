import { describe, expect, it } from "vitest";
import { detectAction } from "@/lib/suggestions/detect-actions";
import { findEntities } from "@/lib/suggestions/detect-entities";
import { tokensOf } from "@/lib/suggestions/test-helpers";

function actionIn(text: string, hasAntecedent = false, topic: string[] = []) {
  const tokens = tokensOf(text);
  return detectAction(tokens, findEntities(tokens), { hasAntecedent, topicKeys: new Set(topic) });
}

describe("detectAction", () => {
  it("weighs a named actor's past or perfect event above a description", () => {
    const sold = actionIn("Kenya later sold its stake to a Dutch fund.");
    expect(sold).toMatchObject({ kind: "action", cue: "Kenya later sold", aspect: "event", detail: "country" });
    expect(actionIn("The Red Cross has opened three field hospitals.")).toMatchObject({
      aspect: "event",
      detail: "organisation",
    });
    const present = actionIn("Denmark is selling its last coal plants.");
    const being = actionIn("Denmark is a small kingdom.");
    expect(present).toMatchObject({ aspect: "present" });
    expect(being).toMatchObject({ aspect: "being" });
    expect(sold?.weight).toBeGreaterThan(present?.weight ?? 1);
    expect(present?.weight).toBeGreaterThan(being?.weight ?? 1);
  });

  it("treats modals and verbs of the mind as no action", () => {
    expect(actionIn("Canada could leave the pact.")).toBeNull();
    expect(actionIn("Canada believes the pact is fair.")).toBeNull();
  });

  it("finds the actor behind a nationality, an aside or a count", () => {
    expect(actionIn("Italian prosecutors charged four men.")?.cue).toBe("Italian prosecutors charged");
    expect(actionIn("Maria Silva, the finance minister, resigned.")?.cue).toBe(
      "Maria Silva, the finance minister, resigned",
    );
    expect(actionIn("Twelve miners, all from one village, were rescued.")).toMatchObject({
      detail: "counted group",
      aspect: "event",
    });
  });

  it("lets 'It' or 'the two countries' act only when the paragraph named someone", () => {
    expect(actionIn("In 2009, the two countries signed a border deal.", true)).toMatchObject({
      detail: "actor named earlier",
      aspect: "event",
    });
    expect(actionIn("In 2009, the two countries signed a border deal.", false)).toBeNull();
    expect(actionIn("It supplied the rebels with rifles.", true)?.cue).toBe("It supplied");
  });

  it("falls back to a past event in a sentence that names someone", () => {
    expect(actionIn("Volunteers from Ghana built the school.")).toMatchObject({ kind: "event", cue: "built" });
    expect(actionIn("Volunteers built the school.")).toBeNull();
    // The article's topic alone does not make an event newsworthy.
    expect(actionIn("Volunteers from Ghana built the school.", false, ["ghana"])).toBeNull();
  });

  it("does not take a participle after a comma for a reported event", () => {
    expect(actionIn("The square was quiet, lined with flags from Spain.")).toBeNull();
  });
});
