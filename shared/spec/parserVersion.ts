/**
 * The version of the record pipeline (parseSpec and the factor reading composed with it). Raise it with any change
 * that alters what a document parses into: stored specs of an older version are re-parsed from their text on start.
 */
export const PARSER_VERSION = 3;
