// The stats area's public surface (re-exports only).
export {};
