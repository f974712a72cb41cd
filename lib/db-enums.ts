// Prisma's enums are upper case (VERIFIED, SUPPORTS, EXACT, OWNER); the API, the UI and every DTO
// speak lower case (verified, supports, exact, owner). All conversions between the two go through
// these functions. Their types follow the value (toWireEnum<Verdict> is VerdictValue), so an enum
// value added on one side only fails to compile where the vocabularies meet. Pure.

/** A Prisma enum value as the wire spells it: "VERIFIED" → "verified". */
export const toWireEnum = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

/** A wire value as Prisma spells it: "verified" → "VERIFIED". */
export const toDbEnum = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
