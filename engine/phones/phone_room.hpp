// The phones' room: who is connected, which seat each holds, and what a
// phone's message means. Pure (no sockets, no SDL, no Boost): the server
// (phone_server.cpp) feeds it each message a connection sends and does what
// the answer says; the protocol tests and the fuzz target drive it directly.
// The messages are documented in docs/phones.md.
#pragma once

#include "engine/words/phone_words.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth {

// What a phone asks its seat to do; the table turns it into a Command.
enum class PhoneMove {
    Done,   // done speaking, the prompt answered (the keyboard's Next)
    Pass,   // pass the prompt or the talking piece
    Take,   // take the talking piece (popcorn)
    Keep,   // keep the card in play
    Write,  // write the blank card in play (a "write" message, not an "act")
    Choose, // pick one of a choose step's cards (an "act" with an "index")
};
// "done", "pass", "take", "keep", "write", "choose"; phone_move_named knows
// the acts' five (all but "write").
std::string_view to_string(PhoneMove m);
std::optional<PhoneMove> phone_move_named(std::string_view name);

// An action a seated phone sent, for the table's thread to check and apply.
struct PhoneAction {
    int connection = 0;
    int seat = 0;
    std::string device; // the phone's name for itself ("phone 3" if none)
    PhoneMove move = PhoneMove::Done;
    std::int64_t id = 0;     // the phone's own number for it, echoed in a refusal
    std::string title, text; // Write: the card, checked (phone_write.hpp)
    int index = -1;          // Choose: which offered card, from 0 (checked in range)
};

// A connected phone, as the host's join panel lists it.
struct PhoneInfo {
    int connection = 0;
    std::string name; // what the phone typed; "phone N" if nothing
    int seat = -1;    // -1: not seated yet
    bool away = false;
    bool named = false; // the phone typed its name (set-up offers it as a seat)
};

// The room's secrets, kept in a resumed session's save.
struct RoomSecrets {
    std::string code;                       // four letters, e.g. "KMTR"
    std::map<int, std::string> seat_tokens; // seat -> secret
};

// The save's line for them: {"type":"phones","room":"KMTR","seats":{"1":"…"}}\n
std::string secrets_line(const RoomSecrets& s);
// The last such line in a save's text, or nullopt (an old save, none, or damaged).
std::optional<RoomSecrets> secrets_in_save(std::string_view save);

class PhoneRoom {
public:
    // Limits a stranger on the network meets.
    static constexpr std::size_t kMaxMessageBytes = 12288; // a written card fits
    static constexpr std::size_t kMaxNameBytes = 40;

    // A room with a fresh code and tokens from `seed` (the server seeds it
    // from std::random_device); `secrets` from a save keep their code and seats.
    explicit PhoneRoom(std::uint64_t seed, std::optional<RoomSecrets> secrets = std::nullopt);

    // What to do after a message: the texts to send back to the sender,
    // an action for the table, and whether everyone's state changed (a
    // phone joined, took a seat, left).
    struct Reply {
        std::vector<std::string> to_sender;
        std::optional<PhoneAction> action;
        bool roster_changed = false;
        bool close = false; // the connection is closed after sending
    };
    // A new connection, and its first words: nothing yet (it must join).
    void connected(int connection);
    // A connection closed: its seat is marked away (the token still holds it).
    bool disconnected(int connection);
    // One text message from `connection`; never throws, whatever the text.
    Reply receive(int connection, std::string_view text);

    // The table's state (JSON text from phone_state.cpp), sent to every phone
    // that joined; returns the message to send. Its "offered" cards bound a
    // choose's index.
    std::string state_message() const;
    void set_table(std::string table_json, int seat_count);

    // The host removes a phone: its seat's token is renewed (the phone
    // cannot come back without claiming again). Returns the message for it.
    std::optional<std::string> remove(int connection);
    void set_locked(bool locked) { locked_ = locked; }
    // The phone's words in the table's language (phone_words(), made on the
    // table's thread: the catalogue is not read from the server's): the
    // page's, sent with "welcome" and "seated", and the refusals', each
    // error's "said"; none by default.
    void set_words(PhoneWords words) { words_ = std::move(words); }
    // The error message for `r`: its English "message" and, once the words
    // are set, its "said" in the table's language.
    std::string refusal(PhoneRefusal r, std::int64_t id = 0) const;
    bool locked() const { return locked_; }

    const std::string& code() const { return secrets_.code; }
    const RoomSecrets& secrets() const { return secrets_; }
    std::vector<PhoneInfo> phones() const;
    // Seats whose phone was seated and is now gone.
    std::vector<int> away_seats() const;
    // Connections that joined (they get the state).
    std::vector<int> joined() const;

private:
    PhoneWords words_;
    struct Phone {
        std::string name;
        bool joined = false;
        int seat = -1;
        bool named = false;
    };
    std::string new_token();
    std::string seated_message(int seat) const;
    Reply claim(int connection, Phone& p, int seat, std::string_view token, bool rejoin);

    std::uint64_t rng_;
    RoomSecrets secrets_;
    bool locked_ = false;
    std::map<int, Phone> phones_;
    std::map<int, bool> seat_seen_; // seats a phone has held (for "away")
    std::string table_ = "{}";
    int seat_count_ = 0;
    int offered_ = 0; // the cards a choose step lays out, as the table's state lists them
    int next_name_ = 1;
};

// {"type":"error","code":CODE,"message":MESSAGE} (plus "id" when not 0, and
// "said", the message in the table's language, when not empty).
std::string phone_error(std::string_view code, std::string_view message, std::int64_t id = 0,
                        std::string_view said = {});

} // namespace hearth
