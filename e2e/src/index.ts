// Public API of @cmf/e2e.
export {};
