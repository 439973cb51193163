// The phones' server on Boost.Beast and Asio, the only file that includes
// them (they are slow to compile). Sections: HTTP, the WebSocket session, the
// server (its thread, the sockets, the table's calls). The room's state,
// shared by the two threads, is phone_hub.cpp's; addresses and paths are
// phone_addresses.cpp's.
#include "engine/phones/phone_server.hpp"

#include "engine/phones/phone_addresses.hpp"
#include "engine/phones/phone_hub.hpp"
#include "engine/phones/phone_page_words.hpp"
#include "engine/words/phone_words.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include <unistd.h>

#include <chrono>
#include <deque>
#include <map>
#include <random>
#include <thread>

namespace hearth {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

class Server;

// ---------------------------------------------------------------- the WebSocket session

class WsSession : public std::enable_shared_from_this<WsSession> {
public:
    WsSession(tcp::socket&& socket, Server& server, int id)
        : ws_(std::move(socket)), server_(server), id_(id) {}
    void start(http::request<http::string_body> req);
    void send(std::string text);
    void close_after_send() { closing_ = true; }
    int id() const { return id_; }

private:
    void read();
    void on_read(beast::error_code ec);
    void write_next();
    bool allowed(); // the rate limit

    websocket::stream<beast::tcp_stream> ws_;
    Server& server_;
    int id_;
    beast::flat_buffer buffer_;
    std::deque<std::string> out_;
    bool writing_ = false, closing_ = false, gone_ = false;
    double tokens_ = 0;
    std::chrono::steady_clock::time_point refilled_ = std::chrono::steady_clock::now();
    int refused_ = 0;
};

// ---------------------------------------------------------------- the server

class Server final : public PhoneServer {
public:
    explicit Server(PhoneServerOptions o)
        : o_(std::move(o)),
          hub_(std::random_device{}() ^ (std::uint64_t(std::random_device{}()) << 32), o_.secrets),
          acceptor_(ioc_) {}
    ~Server() override {
        ioc_.stop();
        if (thread_.joinable())
            thread_.join();
    }

    bool listen(std::string& error) {
        address_ = o_.address.empty() ? default_route_address() : o_.address;
        beast::error_code ec;
        auto addr = asio::ip::make_address(address_, ec);
        if (ec) {
            error = "--phones: '" + address_ + "' is not an IP address";
            return false;
        }
        tcp::endpoint ep(addr, static_cast<unsigned short>(o_.port));
        acceptor_.open(ep.protocol(), ec);
        if (!ec)
            acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
        if (!ec)
            acceptor_.bind(ep, ec);
        if (!ec)
            acceptor_.listen(asio::socket_base::max_listen_connections, ec);
        if (ec) {
            error = "--phones: cannot listen on " + address_ + ":" + std::to_string(o_.port) +
                    " (" + ec.message() + ")";
            return false;
        }
        port_ = acceptor_.local_endpoint().port();
        accept();
        thread_ = std::thread([this] { ioc_.run(); });
        return true;
    }

    // PhoneServer
    std::string url() const override {
        std::string host =
            address_.find(':') != std::string::npos ? "[" + address_ + "]" : address_;
        return "http://" + host + ":" + std::to_string(port_) + "/?room=" + room_code();
    }
    int port() const override { return port_; }
    std::vector<std::string> other_addresses() const override {
        std::vector<std::string> out;
        for (auto& a : local_addresses())
            if (a != address_)
                out.push_back(a);
        return out;
    }
    std::vector<PhoneAction> take_actions() override { return hub_.take_actions(); }
    void reply(int connection, std::string text) override {
        asio::post(ioc_, [this, connection, t = std::move(text)]() mutable {
            if (auto s = find(connection))
                s->send(std::move(t));
        });
    }
    void publish(std::string table_json, int seat_count) override {
        asio::post(ioc_, [this, t = std::move(table_json), seat_count]() mutable {
            hub_.set_table(std::move(t), seat_count);
            broadcast();
        });
    }
    void set_words(PhoneWords words) override {
        std::string page = phone_page_in(phone_asset("/")->body, words);
        hub_.set_words(std::move(words), std::move(page));
    }
    void remove(int connection) override {
        asio::post(ioc_, [this, connection] {
            std::optional<std::string> bye = hub_.remove(connection);
            if (auto s = find(connection); s && bye) {
                s->send(*bye);
                s->close_after_send();
            }
            broadcast();
        });
    }
    void set_locked(bool locked) override {
        hub_.set_locked(locked);
        asio::post(ioc_, [this] { broadcast(); });
    }
    bool locked() const override { return hub_.locked(); }
    std::vector<PhoneInfo> phones() const override { return hub_.phones(); }
    RoomSecrets secrets() const override { return hub_.secrets(); }
    std::string room_code() const override { return hub_.room_code(); }
    std::uint64_t roster_generation() const override { return hub_.roster_generation(); }

    // ---- for the sessions, on the server's thread
    const PhoneServerOptions& options() const { return o_; }
    void opened(const std::shared_ptr<WsSession>& s) {
        sessions_[s->id()] = s;
        hub_.connected(s->id());
    }
    void closed(int id) {
        sessions_.erase(id);
        if (hub_.disconnected(id)) {
            broadcast();
            wake();
        }
    }
    void received(WsSession& s, std::string_view text) {
        PhoneRoom::Reply r = hub_.received(s.id(), text);
        for (auto& t : r.to_sender)
            s.send(std::move(t));
        if (r.close)
            s.close_after_send();
        if (r.roster_changed)
            broadcast();
        if (r.roster_changed || r.action)
            wake();
    }
    std::string page() const { return hub_.page(); }
    void refuse(WsSession& s, PhoneRefusal why) { s.send(hub_.refusal(why)); }
    std::size_t connections() const { return sessions_.size() + pending_http_; }
    std::size_t pending_http_ = 0;
    int next_id_ = 1;

private:
    void wake() {
        if (o_.wake)
            o_.wake();
    }
    std::shared_ptr<WsSession> find(int id) {
        auto it = sessions_.find(id);
        return it == sessions_.end() ? nullptr : it->second.lock();
    }
    void broadcast() {
        PhoneHub::Broadcast b = hub_.broadcast();
        for (int id : b.to)
            if (auto s = find(id))
                s->send(b.state);
    }
    void accept();

    PhoneServerOptions o_;
    PhoneHub hub_; // the room, the actions, the roster count (its own mutex)
    asio::io_context ioc_{1};
    tcp::acceptor acceptor_;
    std::thread thread_;
    std::string address_;
    int port_ = 0;
    std::map<int, std::weak_ptr<WsSession>> sessions_; // the server's thread only
};

// ---------------------------------------------------------------- HTTP

http::response<http::string_body> page_response(const http::request<http::string_body>& req,
                                                http::status status, const PhoneAsset* asset,
                                                std::string page = {}) {
    http::response<http::string_body> res{status, req.version()};
    res.set(http::field::server, "Hearth");
    res.set(http::field::cache_control, "no-store");
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Referrer-Policy", "no-referrer");
    std::string host(req[http::field::host]);
    std::string ws = plain_host(host) ? " ws://" + host : "";
    res.set("Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "connect-src 'self'" +
                ws + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    if (asset) {
        res.set(http::field::content_type, asset->type);
        if (req.method() != http::verb::head)
            res.body() = page.empty() ? std::string(asset->body) : std::move(page);
    } else {
        res.set(http::field::content_type, "text/plain; charset=utf-8");
        res.body() = status == http::status::not_found ? "Not here: Hearth serves only its page.\n"
                     : status == http::status::service_unavailable
                         ? "The table has too many phones connected.\n"
                         : "Refused.\n";
    }
    res.keep_alive(false);
    res.prepare_payload();
    return res;
}

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, Server& server)
        : stream_(std::move(socket)), server_(server) {
        ++server_.pending_http_;
    }
    ~HttpSession() { --server_.pending_http_; }
    void start() {
        parser_.emplace();
        parser_->header_limit(8192);
        parser_->body_limit(1024);
        stream_.expires_after(std::chrono::seconds(10)); // a half-open request is dropped
        http::async_read(
            stream_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

private:
    void on_read(beast::error_code ec) {
        if (ec)
            return;
        http::request<http::string_body> req = parser_->release();
        if (websocket::is_upgrade(req)) {
            std::string origin(req[http::field::origin]);
            std::string host(req[http::field::host]);
            // A page from elsewhere may not drive a seat: a browser's
            // Origin must be this server's own. (Other clients send none.)
            const bool origin_ok = origin.empty() || origin == "http://" + host;
            if (req.target() != "/ws" || !origin_ok)
                return respond(req, http::status::forbidden);
            if (server_.connections() > server_.options().max_connections)
                return respond(req, http::status::service_unavailable);
            stream_.expires_never();
            auto ws =
                std::make_shared<WsSession>(stream_.release_socket(), server_, server_.next_id_++);
            ws->start(std::move(req));
            return;
        }
        if (req.method() != http::verb::get && req.method() != http::verb::head)
            return respond(req, http::status::method_not_allowed);
        std::optional<std::string_view> path = servable_path(req.target());
        if (!path)
            return respond(req, http::status::bad_request);
        const PhoneAsset* asset = phone_asset(*path);
        // The page in the table's words, once they are set.
        respond(req, asset ? http::status::ok : http::status::not_found, asset,
                asset == phone_asset("/") ? server_.page() : std::string());
    }
    void respond(const http::request<http::string_body>& req, http::status status,
                 const PhoneAsset* asset = nullptr, std::string page = {}) {
        auto res = std::make_shared<http::response<http::string_body>>(
            page_response(req, status, asset, std::move(page)));
        http::async_write(stream_, *res,
                          [self = shared_from_this(), res](beast::error_code, std::size_t) {
                              beast::error_code ignored;
                              self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                          });
    }

    beast::tcp_stream stream_;
    Server& server_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
};

void Server::accept() {
    acceptor_.async_accept([this](beast::error_code ec, tcp::socket socket) {
        if (!ec) {
            if (connections() > o_.max_connections + 16) {
                beast::error_code ignored;
                socket.close(ignored); // far over the cap: not even an answer
            } else {
                // Small messages go out at once: with Nagle's algorithm a
                // state waits for the phone's delayed ACK (40 ms on Linux).
                beast::error_code ignored;
                socket.set_option(tcp::no_delay(true), ignored);
                std::make_shared<HttpSession>(std::move(socket), *this)->start();
            }
        }
        if (acceptor_.is_open())
            accept();
    });
}

// ---------------------------------------------------------------- the WebSocket session, its code

void WsSession::start(http::request<http::string_body> req) {
    websocket::stream_base::timeout t{};
    t.handshake_timeout = std::chrono::seconds(10);
    t.idle_timeout = std::chrono::seconds(server_.options().idle_seconds);
    t.keep_alive_pings = true; // a phone that vanished (no pong) is closed
    ws_.set_option(t);
    ws_.read_message_max(PhoneRoom::kMaxMessageBytes * 4);
    ws_.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& res) { res.set(http::field::server, "Hearth"); }));
    tokens_ = server_.options().messages_per_second * 2.0;
    ws_.async_accept(req, [self = shared_from_this()](beast::error_code ec) {
        if (ec)
            return;
        self->server_.opened(self);
        self->read();
    });
}

void WsSession::read() {
    ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        self->on_read(ec);
    });
}

bool WsSession::allowed() {
    auto now = std::chrono::steady_clock::now();
    const double rate = server_.options().messages_per_second;
    tokens_ =
        std::min(rate * 2, tokens_ + rate * std::chrono::duration<double>(now - refilled_).count());
    refilled_ = now;
    if (tokens_ < 1)
        return false;
    tokens_ -= 1;
    return true;
}

void WsSession::on_read(beast::error_code ec) {
    if (ec) { // closed, timed out, or a message over the cap
        gone_ = true;
        server_.closed(id_);
        return;
    }
    std::string text = beast::buffers_to_string(buffer_.data());
    buffer_.consume(buffer_.size());
    if (!ws_.got_text()) {
        server_.refuse(*this, PhoneRefusal::BadJson);
    } else if (!allowed()) {
        if (++refused_ == 1 || refused_ % 50 == 0)
            server_.refuse(*this, PhoneRefusal::TooFast);
        if (refused_ > 500) { // not a phone in a hurry: a flood
            close_after_send();
            server_.refuse(*this, PhoneRefusal::TooFast);
        }
    } else {
        refused_ = 0;
        server_.received(*this, text);
    }
    if (!gone_)
        read();
}

void WsSession::send(std::string text) {
    if (gone_)
        return;
    if (out_.size() > 256) { // a phone that reads nothing is let go
        gone_ = true;
        beast::get_lowest_layer(ws_).close();
        return;
    }
    out_.push_back(std::move(text));
    if (!writing_)
        write_next();
}

void WsSession::write_next() {
    if (out_.empty()) {
        writing_ = false;
        if (closing_ && !gone_) {
            gone_ = true;
            ws_.async_close(websocket::close_code::policy_error,
                            [self = shared_from_this()](beast::error_code) {});
        }
        return;
    }
    writing_ = true;
    ws_.text(true);
    ws_.async_write(asio::buffer(out_.front()),
                    [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        self->out_.pop_front();
                        if (ec) {
                            self->gone_ = true;
                            return;
                        }
                        self->write_next();
                    });
}

} // namespace

std::unique_ptr<PhoneServer> PhoneServer::start(PhoneServerOptions options, std::string& error) {
    auto s = std::make_unique<Server>(std::move(options));
    if (!s->listen(error))
        return nullptr;
    return s;
}

} // namespace hearth
