#include "engine/words/phone_words.hpp"

#include "engine/words/translation.hpp"

namespace hearth {

std::string_view phone_refusal_code(PhoneRefusal r) {
    switch (r) {
    case PhoneRefusal::BadJson:
        return "bad-json";
    case PhoneRefusal::UnknownType:
        return "unknown-type";
    case PhoneRefusal::TooLarge:
        return "too-large";
    case PhoneRefusal::TooFast:
        return "too-fast";
    case PhoneRefusal::WrongRoom:
        return "wrong-room";
    case PhoneRefusal::JoinFirst:
        return "join-first";
    case PhoneRefusal::RoomLocked:
        return "room-locked";
    case PhoneRefusal::NoSuchSeat:
        return "no-such-seat";
    case PhoneRefusal::SeatTaken:
        return "not-your-seat";
    case PhoneRefusal::WrongToken:
        return "wrong-token";
    case PhoneRefusal::NotSeated:
        return "not-seated";
    case PhoneRefusal::NotYourTurn:
        return "not-your-turn";
    case PhoneRefusal::UnknownMove:
        return "unknown-move";
    case PhoneRefusal::NameTooLong:
        return "name-too-long";
    case PhoneRefusal::NoTable:
        return "no-table";
    case PhoneRefusal::NotTaken:
        return "not-taken";
    case PhoneRefusal::Removed:
        return "removed";
    case PhoneRefusal::Full:
        return "full";
    case PhoneRefusal::EmptyTitle:
        return "empty-title";
    case PhoneRefusal::CardTooLong:
        return "card-too-long";
    case PhoneRefusal::ControlCharacters:
        return "control-characters";
    case PhoneRefusal::NotWritten:
        return "not-written";
    case PhoneRefusal::NoSuchChoice:
        return "no-such-choice";
    }
    return "error";
}

std::string phone_refusal_said(PhoneRefusal r) {
    switch (r) {
    case PhoneRefusal::BadJson:
        return tr_later("That message was not understood (it is not a JSON object).");
    case PhoneRefusal::UnknownType:
        return tr_later("Hearth does not know that kind of message.");
    case PhoneRefusal::TooLarge:
        return tr_later("That message is too long.");
    case PhoneRefusal::TooFast:
        return tr_later("Too many messages at once; wait a moment.");
    case PhoneRefusal::WrongRoom:
        return tr_later("That room code is not this table's. Check the TV.");
    case PhoneRefusal::JoinFirst:
        return tr_later("Join the room first, with the code on the TV.");
    case PhoneRefusal::RoomLocked:
        return tr_later("The host has locked the room: no new seats.");
    case PhoneRefusal::NoSuchSeat:
        return tr_later("There is no such seat at the table.");
    case PhoneRefusal::SeatTaken:
        return tr_later("Not your seat: another phone holds it.");
    case PhoneRefusal::WrongToken:
        return tr_later("This phone's key for that seat is not right; pick your seat again.");
    case PhoneRefusal::NotSeated:
        return tr_later("Pick your seat first.");
    case PhoneRefusal::NotYourTurn:
        return tr_later("Not your turn for that.");
    case PhoneRefusal::UnknownMove:
        return tr_later("Hearth does not know that move.");
    case PhoneRefusal::NameTooLong:
        return tr_later("That name is too long (40 letters at most).");
    case PhoneRefusal::NoTable:
        return tr_later("The table has not started yet; wait for the host.");
    case PhoneRefusal::NotTaken:
        return tr_later("The table did not take that move; see the TV.");
    case PhoneRefusal::Removed:
        return tr_later("The host removed this phone from the table.");
    case PhoneRefusal::Full:
        return tr_later("The table has too many phones connected.");
    case PhoneRefusal::EmptyTitle:
        return tr_later("Give the card a title.");
    case PhoneRefusal::CardTooLong:
        return tr_later("That card is too long (a title of 200 letters at most, a text of 4000).");
    case PhoneRefusal::ControlCharacters:
        return tr_later("A card holds text only: no control characters.");
    case PhoneRefusal::NotWritten:
        return tr_later("The table did not take that card; see the TV.");
    case PhoneRefusal::NoSuchChoice:
        return tr_later("There is no such card to pick; pick one of the cards shown.");
    }
    return tr_later("Refused.");
}

// The page's sentences, as phone.js and phone.html write them in English.
constexpr const char* kPageSentences[] = {
    tr_later("Connecting\u2026"),
    tr_later("Connected"),
    tr_later("Reconnecting\u2026"),
    tr_later("Room code (on the TV)"),
    tr_later("Your name (optional)"),
    tr_later("Join"),
    tr_later("Pick your seat"),
    tr_later("{seat} (taken)"),
    tr_later("The table has not started yet. Your seats appear here when the host starts."),
    tr_later("Done"),
    tr_later("Pass"),
    tr_later("Take the talking piece"),
    tr_later("Keep this card"),
    tr_later("Write a card"),
    tr_later("Draw a card"),
    tr_later("You hold the talking piece"),
    tr_later("{player} holds the talking piece"),
    tr_later("Your turn"),
    tr_later("{player}\u2019s turn"),
    tr_later("The table is about to begin"),
    tr_later("The session has ended. Thank you!"),
    tr_later("The table is paused"),
    tr_later("Time is up"),
    tr_later("Timer paused"),
    tr_later("Time left {time}"),
    tr_later("Pick a card"),
    tr_later("The cards to pick from"),
    tr_later("Title"),
    tr_later("Text"),
    tr_later("Add the card"),
    tr_later("Not now"),
    tr_later("Your card \u201c{card}\u201d joins the deck."),
    tr_later("Change seat"),
    tr_later("Plain HTTP on the local network: your phone may dim or sleep while you wait; tap it "
             "to wake, and it rejoins its seat."),
};

std::vector<std::pair<std::string, std::string>> phone_page_words() {
    std::vector<std::pair<std::string, std::string>> words;
    for (const char* english : kPageSentences)
        words.emplace_back(english, tr(english));
    return words;
}

PhoneWords phone_words() {
    PhoneWords w;
    const std::string& language = interface_language();
    w.language = language == "pseudo" || language.empty() ? "en" : language;
    w.page = phone_page_words();
    for (int r = 0; r < kPhoneRefusals; ++r)
        w.refusals.push_back(tr(phone_refusal_said(PhoneRefusal(r))));
    return w;
}

std::string refusal_in(const PhoneWords& words, PhoneRefusal r) {
    const auto at = static_cast<std::size_t>(r);
    return at < words.refusals.size() ? words.refusals[at] : std::string();
}

// The TV's words, the page's and the refusals go through the interface's
// catalogue.
std::string phones_join_title() {
    return tr("Join from your phone");
}
std::string phones_room_said(const std::string& code) {
    return fill(tr("Room code {code}"), {{"code", code}});
}
std::string phones_none_joined() {
    return tr("No phone has joined yet");
}
std::string phones_phone_said(const std::string& name, int seat, const std::string& seat_name,
                              bool away) {
    std::string s =
        seat < 0 ? fill(tr("{phone}: choosing a seat"), {{"phone", name}})
        : seat_name.empty()
            ? fill(tr("{phone}: seat {seat}"),
                   {{"phone", name}, {"seat", std::to_string(seat + 1)}})
            : fill(tr("{phone}: seat {seat} ({player})"),
                   {{"phone", name}, {"seat", std::to_string(seat + 1)}, {"player", seat_name}});
    return away ? fill(tr("{phone}, away"), {{"phone", s}}) : s;
}
std::string phones_locked_said(bool locked) {
    return locked ? tr("Room locked: no new seats") : tr("Room open");
}
std::string phones_overlay_hint(const std::string& remove, const std::string& lock,
                                const std::string& close) {
    return fill(tr("{remove} removes the lit phone, {lock} locks the room, {close} closes"),
                {{"remove", remove}, {"lock", lock}, {"close", close}});
}
std::string phones_other_addresses(const std::string& list) {
    return fill(tr("Also: {addresses}"), {{"addresses", list}});
}
std::string phones_removed_said(const std::string& name) {
    return fill(tr("Removed {phone}"), {{"phone", name}});
}
std::string phones_help_said(const std::string& lock, const std::string& remove) {
    return fill(tr("phones: the join panel (QR code, who joined) and back; in it {lock} locks "
                   "the room, {remove} removes a phone"),
                {{"lock", lock}, {"remove", remove}});
}

std::string phones_wants_seat_said(const std::string& name) {
    return fill(tr("{name}\u2019s phone wants to join as \u201c{name}\u201d"), {{"name", name}});
}
std::string phones_seat_hint(const std::string& key, const std::string& name) {
    return fill(tr("{key} seats \u201c{name}\u201d"), {{"key", key}, {"name", name}});
}
std::string phones_seat_help_said() {
    return tr("seat the name a phone typed when it joined (the join panel shows it)");
}

} // namespace hearth
