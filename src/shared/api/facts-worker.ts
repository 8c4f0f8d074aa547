/**
 * The facts worker's entry: facts.json is split, parsed and validated here,
 * off the main thread, so the page only parses the text of records that passed.
 */
import './zod-jitless';
import { answerFactsRequests } from './answer-facts-requests';

void answerFactsRequests(self);
