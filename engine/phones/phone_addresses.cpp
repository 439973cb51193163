#include "engine/phones/phone_addresses.hpp"

#include "engine/phones/phone_server.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hearth {

// The source address of the default route: a UDP socket "connected" to an
// outside address sends nothing, and the kernel picks the route's address.
std::string default_route_address() {
    int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return "127.0.0.1";
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9);
    ::inet_pton(AF_INET, "192.0.2.1", &to.sin_addr); // TEST-NET-1: never reached
    std::string out = "127.0.0.1";
    if (::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0) {
        sockaddr_in me{};
        socklen_t len = sizeof me;
        char text[INET_ADDRSTRLEN] = {};
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &len) == 0 &&
            ::inet_ntop(AF_INET, &me.sin_addr, text, sizeof text))
            out = text;
    }
    ::close(fd);
    return out;
}

std::vector<std::string> local_addresses() {
    std::vector<std::string> out;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return out;
    for (ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET)
            continue;
        char text[INET_ADDRSTRLEN] = {};
        auto* in = reinterpret_cast<sockaddr_in*>(a->ifa_addr);
        if (::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text) &&
            std::string_view(text).substr(0, 4) != "127.")
            out.emplace_back(text);
    }
    ::freeifaddrs(list);
    return out;
}

// A Host header fit to be written back into a header: letters, digits,
// dots, colons, brackets and dashes only.
bool plain_host(std::string_view h) {
    if (h.empty() || h.size() > 100)
        return false;
    for (char c : h)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == ':' || c == '[' || c == ']' || c == '-'))
            return false;
    return true;
}

std::optional<std::string_view> servable_path(std::string_view target) {
    std::string_view path = target.substr(0, target.find('?'));
    if (path.empty() || path.front() != '/' || path.size() > 64)
        return std::nullopt;
    for (char c : path)
        if (c == '%' || c == '\\' || static_cast<unsigned char>(c) < 0x20 ||
            static_cast<unsigned char>(c) >= 0x7f)
            return std::nullopt;
    if (path.find("..") != std::string_view::npos || path.find("//") != std::string_view::npos)
        return std::nullopt;
    return path;
}

} // namespace hearth
