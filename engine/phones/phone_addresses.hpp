// The machine's addresses for the phones' join screen, and which request
// paths and Host headers the phones' server takes: plain functions, kept
// apart from the server so they compile without Boost.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// The source address of the default route (the one a phone on the same
// network reaches), or 127.0.0.1 when there is none.
std::string default_route_address();
// Every IPv4 address of the machine but loopback's.
std::vector<std::string> local_addresses();
// A Host header fit to be written back into a header.
bool plain_host(std::string_view h);

} // namespace hearth
