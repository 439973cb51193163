#include "game/base/suggest.hpp"

#include <array>
#include <catch2/catch.hpp>

using namespace hearth;

SCENARIO("a misspelt key gets a suggestion, an unrelated one does not") {
    std::array<std::string_view, 4> keys{"title", "type", "text", "subtitle"};
    CHECK(did_you_mean("titel", keys) == ", did you mean 'title'?");
    CHECK(did_you_mean("Title", keys) == ", did you mean 'title'?");
    CHECK(did_you_mean("subtitel", keys) == ", did you mean 'subtitle'?");
    CHECK(did_you_mean("colour", keys).empty());
    CHECK(did_you_mean("x", keys).empty());
}
