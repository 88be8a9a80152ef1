// Public API of @cmf/executor.
export {};
