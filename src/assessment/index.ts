// The assessment area's public surface (re-exports only).
export {};
