import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkVerdictChange, isRationaleRequired, isReviewed, VERDICTS } from "@/lib/verdicts/rules";

describe("verdict rules", () => {
  it("requires a rationale exactly for disputed and contradicted", () => {
    expect(VERDICTS.filter(isRationaleRequired)).toEqual(["disputed", "contradicted"]);
  });

  it("counts everything but unreviewed as reviewed", () => {
    expect(VERDICTS.filter(isReviewed)).toEqual(["verified", "disputed", "contradicted"]);
  });

  it.each(["disputed", "contradicted"] as const)("refuses %s without a rationale, naming the field", (to) => {
    for (const rationale of [undefined, null, "", "   \n"]) {
      const error = catchError(() => checkVerdictChange({ from: "unreviewed", fromRationale: null, to, rationale }));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "INVALID_INPUT", field: "rationale" });
    }
  });

  it("accepts verified without a rationale and trims what is given", () => {
    expect(checkVerdictChange({ from: "unreviewed", fromRationale: null, to: "verified" })).toEqual({
      rationale: null,
    });
    expect(
      checkVerdictChange({ from: "verified", fromRationale: null, to: "contradicted", rationale: "  UN records  " }),
    ).toEqual({ rationale: "UN records" });
  });

  it("reports no change when verdict and rationale are the same", () => {
    expect(checkVerdictChange({ from: "verified", fromRationale: "ok", to: "verified", rationale: " ok " })).toBeNull();
    expect(checkVerdictChange({ from: "verified", fromRationale: "ok", to: "verified", rationale: "new" })).toEqual({
      rationale: "new",
    });
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
