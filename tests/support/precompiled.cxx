// The translation unit whose precompiled header the runtime's tests share (see
// tests/CMakeLists.txt). It has nothing of its own.
