// The standards area's public surface (re-exports only).
export {};
