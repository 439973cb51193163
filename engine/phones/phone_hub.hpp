// The room as two threads share it: the server's (each connection's
// messages) and the table's (actions taken, the state published, the host's
// panel). One mutex guards the room, the actions waiting for the table and
// the roster's count; every call takes it. No sockets and no Boost here: the
// server (phone_server.cpp) keeps those and does what these calls answer.
#pragma once

#include "engine/phones/phone_room.hpp"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

class PhoneHub {
public:
    PhoneHub(std::uint64_t seed, std::optional<RoomSecrets> secrets)
        : room_(seed, std::move(secrets)) {}

    // ---- the table's thread
    std::vector<PhoneAction> take_actions();
    void set_table(std::string table_json, int seat_count);
    void set_locked(bool locked);
    // The phone's words (phone_words()) and the page served with them
    // (phone_page_in()), both made on the table's thread.
    void set_words(PhoneWords words, std::string page);
    bool locked() const;
    std::vector<PhoneInfo> phones() const;
    RoomSecrets secrets() const;
    std::string room_code() const;
    // Counts changes of phones() (a join, a seat, a drop, the lock).
    std::uint64_t roster_generation() const;

    // ---- the server's thread
    void connected(int connection);
    // True when everyone's state changed (a joined phone left).
    bool disconnected(int connection);
    // The page as "/" serves it: empty until the words are set.
    std::string page() const;
    // A refusal the server says itself (too fast, not a text frame).
    std::string refusal(PhoneRefusal r) const;
    // The room's answer; an action in it waits for take_actions().
    PhoneRoom::Reply received(int connection, std::string_view text);
    // The host removes a phone: the message for it, if it was here.
    std::optional<std::string> remove(int connection);

    // What everyone is sent: the state message and who gets it.
    struct Broadcast {
        std::string state;
        std::vector<int> to;
    };
    Broadcast broadcast() const;

private:
    mutable std::mutex mutex_;
    PhoneRoom room_;
    std::string page_;
    std::vector<PhoneAction> actions_;
    std::uint64_t roster_ = 0;
};

} // namespace hearth
