// Compiled as game/ code is compiled (tests/CMakeLists.txt, test
// game.cannot-include-engine): this include must not be found, because the
// game core never sees the engine.
#include "engine/theme.hpp"
