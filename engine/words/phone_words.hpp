// The words of the phones: what a phone is told when Hearth refuses a message,
// and what the TV's join panel says. One sentence per reason.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth {

// Why a phone's message was refused; the protocol's "code" is the name.
enum class PhoneRefusal {
    BadJson,     // not JSON, or not an object
    UnknownType, // a "type" Hearth does not know
    TooLarge,    // over the message size cap
    TooFast,     // over the rate limit
    WrongRoom,   // the room code is not this table's
    JoinFirst,   // anything before "join"
    RoomLocked,  // the host locked the room: no new seats
    NoSuchSeat,  // a seat number outside the table
    SeatTaken,   // another phone holds that seat (not your seat)
    WrongToken,  // a rejoin with a token that is not the seat's
    NotSeated,   // an action before claiming a seat
    NotYourTurn, // the move is not this seat's now
    UnknownMove, // an action Hearth does not know
    NameTooLong, // a name over the limit
    NoTable,     // a claim before the table has seats (set-up)
    NotTaken,    // the table did not take the move (it says why on the TV)
    Removed,     // the host removed this phone
    Full,        // too many connections
    // A blank card written on a phone (the TV's W form has the same limits).
    EmptyTitle,        // a title of nothing but spaces
    CardTooLong,       // a title over 200 bytes or a text over 4000
    ControlCharacters, // a control character (the text may hold line breaks)
    NotWritten,        // the table did not take the card (it says why on the TV)
    // A choose step's pick from a phone.
    NoSuchChoice, // an index that is not one of the cards laid out
};
constexpr int kPhoneRefusals = static_cast<int>(PhoneRefusal::NoSuchChoice) + 1;
// "bad-json", "unknown-type", ...
std::string_view phone_refusal_code(PhoneRefusal r);
// The refusal's sentence in English: the protocol's "message" (its words in
// the table's language are PhoneWords::refusals, the error's "said").
std::string phone_refusal_said(PhoneRefusal r);

// The phone page's own words (engine/phones/page): each English sentence
// and its words in the interface's language, sent with "welcome" and
// "seated" so a phone speaks the table's language. `{name}` placeholders are
// filled in on the phone.
std::vector<std::pair<std::string, std::string>> phone_page_words();

// Everything a phone reads in the table's language, made on the table's
// thread (the catalogue is not read from the server's) and handed to the
// room under the hub's lock.
struct PhoneWords {
    std::string language; // the page's lang: "de", "en" (also for the pseudo-language)
    std::vector<std::pair<std::string, std::string>> page; // phone_page_words()
    std::vector<std::string> refusals; // each PhoneRefusal's sentence, by its number
};
PhoneWords phone_words();
// The refusal's sentence in `words`; empty when they have none.
std::string refusal_in(const PhoneWords& words, PhoneRefusal r);

// The join panel's lines.
std::string phones_join_title();                       // "Join from your phone"
std::string phones_room_said(const std::string& code); // "Room code KMTR"
std::string phones_none_joined();                      // "No phone has joined yet"
std::string phones_phone_said(const std::string& name, int seat, const std::string& seat_name,
                              bool away);    // "Ana's phone: seat 2 (Ben)"
std::string phones_locked_said(bool locked); // "Room locked" / "Room open"
std::string phones_overlay_hint(const std::string& remove, const std::string& lock,
                                const std::string& close);   // the J overlay's keys
std::string phones_other_addresses(const std::string& list); // "Also: 10.0.0.2, ..."
std::string phones_removed_said(const std::string& name);    // toast on the TV
// Set-up's players step: a phone that typed a name, offered as a seat.
std::string phones_wants_seat_said(const std::string& name); // "Ana’s phone wants to join as “Ana”"
std::string phones_seat_hint(const std::string& key, const std::string& name); // "Insert seats Ana"
std::string phones_seat_help_said(); // the help's line for that key
// The help overlay's line for J: "phones: the join panel (QR code, who joined) ..."
std::string phones_help_said(const std::string& lock, const std::string& remove);

} // namespace hearth
