// Public API of @cmf/scheduler.
export {};
