/**
 * What a quiz needs once the reader starts answering: the scorer and the progress store. Loaded
 * together on first interaction, so a reader who only reads downloads neither.
 */
export { scoreResponse } from '../../logic/quiz/score';
export { progressState, saveAttempt } from '../progress/store';
