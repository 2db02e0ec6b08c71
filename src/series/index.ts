// The series area's public surface (re-exports only).
export {};
