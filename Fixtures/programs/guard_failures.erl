%% Guards that raise exceptions simply fail (no crash): hd([]), element out
%% of range, arithmetic on atoms, length of improper lists, map_get of a
%% missing key; the next clause is tried.
-module(guard_failures).
-export([main/0]).

main() ->
    [try_hd(id([])), try_hd(id([x])), try_elem(id({a})), try_elem(id({a, b, c})),
     try_arith(id(a)), try_arith(id(5)), try_len(id([1 | 2])), try_len(id([1, 2])),
     try_map(id(#{})), try_map(id(#{key => 1})), try_map(id(notmap)),
     try_or(id(x)), try_or(id(3)), try_div(id(0)), try_div(id(4))].

try_hd(L) when hd(L) =:= x -> head_is_x;
try_hd(_) -> guard_failed.

try_elem(T) when element(3, T) =:= c -> third_is_c;
try_elem(_) -> guard_failed.

try_arith(X) when X + 1 > 5 -> big;
try_arith(_) -> guard_failed.

try_len(L) when length(L) > 1 -> long;
try_len(_) -> guard_failed.

try_map(M) when map_get(key, M) =:= 1 -> has_key;
try_map(_) -> guard_failed.

%% A failing subexpression makes the whole guard (not only the alternative)
%% fail when written with 'orelse'; with ';' the other alternative is tried.
try_or(X) when X + 1 > 2 orelse is_atom(X) -> orelse_matched;
try_or(X) when X + 1 > 2; is_atom(X) -> semicolon_matched;
try_or(_) -> guard_failed.

try_div(X) when 10 div X > 1 -> divided;
try_div(_) -> guard_failed.

id(X) -> X.
