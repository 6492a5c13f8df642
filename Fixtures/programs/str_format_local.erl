%% Number and term formatting implemented locally (no io_lib): decimal and
%% hex rendering with padding, a tiny term printer, and a table layout.
-module(str_format_local).
-export([main/0]).

main() ->
    Rows = [{<<"apples">>, 3, 0.5}, {<<"kiwis">>, 12, 0.25}, {<<"melons">>, 1, 3.75}],
    [[pad(int(N), 5) || N <- [0, 7, -42, 12345]],
     hex(id(48879)), hex(id(0)), [fmt(T) || T <- [{a, [1, "x"]}, <<"b">>, 3, [], [a | b]]],
     iolist_to_binary([row(R) || R <- Rows]),
     total(Rows, 0)].

int(N) when N < 0 -> [$- | int(-N)];
int(N) when N < 10 -> [$0 + N];
int(N) -> int(N div 10) ++ [$0 + N rem 10].

pad(S, W) when length(S) >= W -> S;
pad(S, W) -> pad([$\s | S], W).

hex(0) -> "0";
hex(N) -> hex(N, []).
hex(0, Acc) -> Acc;
hex(N, Acc) -> hex(N div 16, [element(N rem 16 + 1, {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$a,$b,$c,$d,$e,$f}) | Acc]).

fmt(A) when is_atom(A) -> atom_to_list(A);
fmt(N) when is_integer(N) -> int(N);
fmt(B) when is_binary(B) -> "<<\"" ++ binary_to_list(B) ++ "\">>";
fmt(T) when is_tuple(T) -> "{" ++ join([fmt(E) || E <- tuple_to_list(T)]) ++ "}";
fmt([]) -> "[]";
fmt(L) when is_list(L) -> "[" ++ fmt_list(L) ++ "]".

fmt_list([H]) -> fmt(H);
fmt_list([H | T]) when is_list(T) -> fmt(H) ++ "," ++ fmt_list(T);
fmt_list([H | T]) -> fmt(H) ++ "|" ++ fmt(T).

join([]) -> [];
join([X]) -> X;
join([X | Xs]) -> X ++ "," ++ join(Xs).

row({Name, Qty, Price}) ->
    [Name, lists:reverse(pad_r(lists:reverse(binary_to_list(Name)), 8)) -- binary_to_list(Name),
     pad(int(Qty), 4), " x ", float_to_list(Price, [{decimals, 2}]), "\n"].

pad_r(S, W) when length(S) >= W -> S;
pad_r(S, W) -> pad_r([$\s | S], W).

total([], Acc) -> Acc;
total([{_, Q, P} | T], Acc) -> total(T, Acc + Q * P).

id(X) -> X.
