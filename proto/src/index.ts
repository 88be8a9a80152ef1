// Public API of @cmf/proto.
export {};
