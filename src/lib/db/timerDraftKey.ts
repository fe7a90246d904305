// Where the guided session in progress is kept (timerDraft.ts): its own module, so Today's plan
// card can ask whether there is one without loading the session's rules.

export const timerDraftKey = 'timer';
