// libFuzzer target: any bytes as the messages phones send (split at each
// newline, from three connections in turn) to a room whose table has three
// seats. The room must never crash, hang or overflow: every message gets an
// answer (an error for anything it does not understand), and a state.
#include "engine/phones/phone_room.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hearth::PhoneRoom room(1);
    room.set_table(R"({"seats":[{"name":"Ana"},{"name":"Ben"},{"name":"Caro"}]})", 3);
    std::string_view rest = hearth::fuzz::bytes(data, size);
    // A join with the right code first, so the fuzzer reaches claims and acts.
    (void)room.receive(1, R"({"type":"join","room":")" + room.code() + "\"}");
    int connection = 1;
    while (!rest.empty()) {
        std::size_t nl = rest.find('\n');
        std::string_view msg = rest.substr(0, nl);
        hearth::PhoneRoom::Reply r = room.receive(connection, msg);
        if (r.to_sender.empty() && !r.action)
            __builtin_trap(); // every message is answered or acted on
        connection = connection % 3 + 1;
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    (void)room.state_message();
    (void)room.phones();
    room.disconnected(2);
    (void)room.remove(1);
    return 0;
}
