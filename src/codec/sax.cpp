#include "sax.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>

namespace rtk::detail::codec::sax {
namespace {
namespace json = boost::json;

// A required member the response left out: its dotted path, and the member (or element)
// indexes on the way to it, which order the report as collect_missing's walk in declaration
// order does.
struct missing_member {
  std::vector<std::size_t> order;
  std::string path;
};

// Boost.JSON's parser calls these for each event of the document. The envelope's `data` (and
// `paging`) go to their value_ops; its other members are skipped; inside them, every value
// goes to the member or element the frame on top says.
class handler {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  handler(const value_ops& data_ops, void* data, const value_ops* paging_ops, void* paging)
      : data_ops_(data_ops), data_(data), paging_ops_(paging_ops), paging_(paging) {}

  bool gave_up = false;
  bool data_seen = false;
  std::vector<missing_member> missing;

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }
  bool on_number_part(json::string_view, json::error_code&) { return true; }

  bool on_object_begin(json::error_code& ec) {
    if (skipping_ > 0) return ++skipping_, true;
    if (!in_envelope_) {
      if (envelope_done_) return give_up(ec);
      in_envelope_ = true;
      return true;
    }
    return open(ec, [](const value_ops& ops, void* t, frame& f) { return ops.on_object(t, f); });
  }
  bool on_array_begin(json::error_code& ec) {
    if (skipping_ > 0) return ++skipping_, true;
    if (!in_envelope_) return give_up(ec);  // the document is not an envelope
    return open(ec, [](const value_ops& ops, void* t, frame& f) { return ops.on_array(t, f); });
  }
  bool on_object_end(std::size_t, json::error_code&) {
    if (skipping_ > 0) return end_skip();
    if (depth_ == 0) {
      in_envelope_ = false;
      envelope_done_ = true;
      return true;
    }
    const frame& f = stack_[depth_ - 1];
    if (reporting()) report_missing(f);
    --depth_;
    value_done();
    return true;
  }
  bool on_array_end(std::size_t, json::error_code&) {
    if (skipping_ > 0) return end_skip();
    --depth_;
    value_done();
    return true;
  }

  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    key_.append(s.data(), s.size());
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code& ec) {
    if (skipping_ > 0) {
      key_.clear();
      return true;
    }
    std::string_view key(s.data(), s.size());
    if (!key_.empty()) key = key_.append(s.data(), s.size());
    const bool ok = depth_ == 0 ? envelope_key(key) : member_key(key);
    key_.clear();
    return ok ? true : give_up(ec);
  }

  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    if (skipping_ == 0) text_.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code& ec) {
    std::string_view value(s.data(), s.size());
    if (!text_.empty()) value = text_.append(s.data(), s.size());
    const bool ok =
        scalar(ec, [value](const value_ops& ops, void* t) { return ops.on_string(t, value); });
    text_.clear();
    return ok;
  }
  bool on_int64(std::int64_t v, json::string_view, json::error_code& ec) {
    return scalar(ec, [v](const value_ops& ops, void* t) { return ops.on_int64(t, v); });
  }
  bool on_uint64(std::uint64_t v, json::string_view, json::error_code& ec) {
    return scalar(ec, [v](const value_ops& ops, void* t) { return ops.on_uint64(t, v); });
  }
  bool on_double(double v, json::string_view, json::error_code& ec) {
    return scalar(ec, [v](const value_ops& ops, void* t) { return ops.on_double(t, v); });
  }
  bool on_bool(bool v, json::error_code& ec) {
    return scalar(ec, [v](const value_ops& ops, void* t) { return ops.on_bool(t, v); });
  }
  bool on_null(json::error_code& ec) {
    return scalar(ec, [](const value_ops& ops, void* t) { return ops.on_null(t); });
  }

 private:
  enum class envelope_member { none, data, paging, other };
  struct slot {
    const value_ops* ops = nullptr;  // null: a value to skip
    void* target = nullptr;
  };

  bool give_up(json::error_code& ec) {
    gave_up = true;
    ec = json::error::extra_data;  // any error stops the parser; gave_up says it was this
    return false;
  }

  bool envelope_key(std::string_view key) {
    if (key == "data") {
      if (data_seen) return false;
      data_seen = true;
      member_ = envelope_member::data;
    } else if (key == "paging" && paging_ops_ != nullptr) {
      if (paging_seen_) return false;
      paging_seen_ = true;
      member_ = envelope_member::paging;
    } else {
      member_ = envelope_member::other;
    }
    return true;
  }

  bool member_key(std::string_view key) {
    frame& f = stack_[depth_ - 1];
    for (std::size_t i = 0; i < f.members.size(); ++i) {
      if (f.members[i].name != key) continue;
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (f.seen & bit) return false;  // the same member twice
      f.seen |= bit;
      f.pending = static_cast<int>(i);
      return true;
    }
    return false;  // a member the model does not know: kept in `extra` by the slow path
  }

  // Where the value that begins now goes.
  slot next_slot() {
    if (depth_ == 0) {
      switch (member_) {
        case envelope_member::data:
          return {&data_ops_, data_};
        case envelope_member::paging:
          return {paging_ops_, paging_};
        default:
          return {};
      }
    }
    frame& f = stack_[depth_ - 1];
    if (f.kind == frame::array) {
      ++f.elements;
      return {f.element, f.append(f.target)};
    }
    const member_info& m = f.members[static_cast<std::size_t>(f.pending)];
    return {m.ops, m.address(f.target)};
  }

  void value_done() {
    if (depth_ == 0) {
      if (in_envelope_) member_ = envelope_member::none;
    } else if (stack_[depth_ - 1].kind == frame::object) {
      stack_[depth_ - 1].pending = -1;
    }
  }

  template <class Take>
  bool scalar(json::error_code& ec, Take take) {
    if (skipping_ > 0) return true;
    if (!in_envelope_) return give_up(ec);
    const slot s = next_slot();
    if (s.ops != nullptr && !take(*s.ops, s.target)) return give_up(ec);
    value_done();
    return true;
  }

  template <class Open>
  bool open(json::error_code& ec, Open open_with) {
    const slot s = next_slot();
    if (s.ops == nullptr) {  // an envelope member other than data and paging
      skipping_ = 1;
      return true;
    }
    if (depth_ == stack_.size()) return give_up(ec);
    frame& f = stack_[depth_];
    f = frame{};
    if (!open_with(*s.ops, s.target, f)) return give_up(ec);
    if (depth_ == 0) reporting_from_ = member_ == envelope_member::data;
    ++depth_;
    return true;
  }

  bool end_skip() {
    if (--skipping_ == 0) value_done();
    return true;
  }

  // Only members of `data` are reported, as collect_missing reports them.
  bool reporting() const { return reporting_from_; }

  void report_missing(const frame& f) {
    for (std::size_t i = 0; i < f.members.size(); ++i) {
      if (!f.members[i].required || (f.seen & (std::uint64_t{1} << i))) continue;
      missing_member m;
      m.path = "data";
      for (std::size_t d = 0; d + 1 < depth_; ++d) {
        const frame& outer = stack_[d];
        if (outer.kind == frame::array) {
          m.order.push_back(outer.elements - 1);
          m.path += "[" + std::to_string(outer.elements - 1) + "]";
        } else {
          const auto at = static_cast<std::size_t>(outer.pending);
          m.order.push_back(at);
          m.path.append(".").append(outer.members[at].name);
        }
      }
      m.order.push_back(i);
      m.path.append(".").append(f.members[i].name);
      missing.push_back(std::move(m));
    }
  }

  const value_ops& data_ops_;
  void* data_;
  const value_ops* paging_ops_;
  void* paging_;
  bool in_envelope_ = false;
  bool envelope_done_ = false;
  bool paging_seen_ = false;
  bool reporting_from_ = false;
  envelope_member member_ = envelope_member::none;
  std::size_t skipping_ = 0;  // depth inside an envelope member that is skipped
  std::array<frame, 32> stack_{};
  std::size_t depth_ = 0;
  std::string key_;   // a key that came in parts (it had escapes)
  std::string text_;  // a string that came in parts
};

}  // namespace

bool decode_envelope(std::string_view body, const value_ops& data_ops, void* data,
                     const value_ops* paging_ops, void* paging, std::vector<std::string>& missing) {
  // The document path's options (json::parser's defaults), so both accept the same texts.
  json::basic_parser<handler> parser(json::parse_options(), data_ops, data, paging_ops, paging);
  json::error_code ec;
  const std::size_t used = parser.write_some(false, body.data(), body.size(), ec);
  handler& h = parser.handler();
  if (ec || h.gave_up || used != body.size() || !h.data_seen) return false;
  if (!h.missing.empty()) {
    std::stable_sort(
        h.missing.begin(), h.missing.end(),
        [](const missing_member& a, const missing_member& b) { return a.order < b.order; });
    for (auto& m : h.missing) missing.push_back(std::move(m.path));
  }
  return true;
}

}  // namespace rtk::detail::codec::sax
