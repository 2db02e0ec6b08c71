// The planning area's public surface (re-exports only).
export {};
