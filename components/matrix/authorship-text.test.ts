import { describe, expect, it } from "vitest";
import { changeText, personName } from "./authorship-text";

const format = (at: number) => `t=${at}`;

describe("changeText", () => {
  it("names the person and the moment", () => {
    expect(changeText("Rated High", { by: "p1", byName: "Ana", at: 5 }, format)).toBe("Rated High by Ana · t=5");
  });

  it("credits the brief for seeded values, without a date", () => {
    expect(changeText("Rated Low", { by: "template", byName: "RAND brief (2009)", at: 0 }, format)).toBe(
      "Rated Low: from the RAND brief (2009)",
    );
  });

  it("says nothing when nobody is on record", () => {
    expect(changeText("Rated", undefined, format)).toBeNull();
    expect(changeText("Rated", { at: 3 }, format)).toBeNull();
  });
});

describe("personName", () => {
  it("names people but not the template", () => {
    expect(personName({ by: "p1", byName: "Ana", at: 1 })).toBe("Ana");
    expect(personName({ by: "template", byName: "RAND brief (2009)", at: 0 })).toBeNull();
    expect(personName(undefined)).toBeNull();
  });
});
