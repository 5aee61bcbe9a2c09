/**
 * The catch-all line many specs end their duty list with: "Perform related duties as required.",
 * "Performs other duties as assigned.", "Performs miscellaneous job-related duties as assigned."
 * It describes no work of its own: the parser lists it with the other duties (category 'other'),
 * so coverage counts it apart from the essential duties, as analysts ignore such boilerplate; and
 * the comparison pairs it only with the other class's catch-all line. Only a line that is nothing
 * else qualifies; "Performs related duties, including …" is a duty.
 */
const CATCH_ALL =
  /^(?:and\s+)?(?:(?:performs?|performing|completes?|does|undertakes?|carries\s+out|assumes?)\s+)?(?:all\s+|any\s+|such\s+)?(?:other|related|similar|additional|miscellaneous)(?:\s+(?:job[-\s]related|related|similar|assigned))?\s+(?:duties|tasks|work|responsibilities|functions)(?:\s+(?:as|when|if)\s+(?:assigned|required|directed|needed|necessary|requested|appropriate))?(?:\s+by\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*[.;]?$/iu;

export function isCatchAllDuty(text: string): boolean {
  return CATCH_ALL.test(text.trim());
}
