// A term the plan explained defines, with its legal source (地理标志: the Trademark Law, Article 16), is answered
// by that definition first when it is searched for alone. Without this, the plan's own use of the term led
// (onePerPageFirst), and a shopkeeper searching 地理标志 read a clause on rural revitalisation without learning
// what a geographical indication is (resident review 12). Editors choose such terms in the search vocabulary:
// an entry whose first page is the explainer, for a word that is not a whole field.

/** The explainer's language-neutral path (the content registry's page for the explained kind). */
export const EXPLAINER_PATH = '/plan/explained/';

/** True when the query's one subject (soleSubject) is a term the explainer defines: its definition leads. */
export function answeredByDefinition(sole: { pages: string[]; broad: boolean }): boolean {
  return !sole.broad && sole.pages[0] === EXPLAINER_PATH;
}
