// Everything a search runs on, loaded together at the first search (see controller.ts): Pagefind with the
// guide's vocabulary, the query planner, the ranking and the result markup. The form's behaviour (the
// controller) is light and ready from the start, so nothing a reader does while this loads is lost.
import { SearchEngine } from './engine.ts';
import { loadSearch } from './pagefind.ts';

export { planQuery } from './query.ts';
export { describeSearch, resultItem } from './render.ts';

export async function startEngine(): Promise<SearchEngine> {
  const { pagefind, vocab } = await loadSearch();
  return new SearchEngine(pagefind, vocab);
}
