// The units area's public surface (re-exports only).
export {};
