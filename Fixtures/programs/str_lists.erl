%% Strings as lists of characters: concatenation, reversal, case mapping,
%% splitting on a separator, joining, trimming, searching and replacing, all
%% written as local functions.
-module(str_lists).
-export([main/0]).

main() ->
    S = id("  Hello, Erlang World!  "),
    T = trim(S),
    [T, upper(T), lower(T), lists:reverse(T), split(T, $\s), join(split(T, $\s), "_"),
     index_of("Erlang", T), index_of("Elixir", T), replace(T, "World", "VM"),
     count_char($l, T), words("the quick  brown fox"), capitalize("hello world"),
     is_palindrome("A man a plan a canal Panama"), is_palindrome("not one"),
     pad_left("42", 6, $0), "abc" < "abd", "abc" ++ [$d | "ef"], length(T)].

trim(S) -> lists:reverse(drop_ws(lists:reverse(drop_ws(S)))).
drop_ws([$\s | T]) -> drop_ws(T);
drop_ws(S) -> S.

upper(S) -> [if C >= $a, C =< $z -> C - 32; true -> C end || C <- S].
lower(S) -> [if C >= $A, C =< $Z -> C + 32; true -> C end || C <- S].

split(S, Sep) -> split(S, Sep, [], []).
split([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
split([Sep | T], Sep, Cur, Acc) -> split(T, Sep, [], [lists:reverse(Cur) | Acc]);
split([C | T], Sep, Cur, Acc) -> split(T, Sep, [C | Cur], Acc).

join([], _) -> [];
join([X], _) -> X;
join([X | Xs], Sep) -> X ++ Sep ++ join(Xs, Sep).

index_of(Needle, Hay) -> index_of(Needle, Hay, 1).
index_of(_, [], _) -> 0;
index_of(Needle, Hay, I) ->
    case prefix(Needle, Hay) of
        true -> I;
        false -> index_of(Needle, tl(Hay), I + 1)
    end.

prefix([], _) -> true;
prefix([C | A], [C | B]) -> prefix(A, B);
prefix(_, _) -> false.

replace([], _, _) -> [];
replace(S, From, To) ->
    case prefix(From, S) of
        true -> To ++ replace(drop(length(From), S), From, To);
        false -> [hd(S) | replace(tl(S), From, To)]
    end.

count_char(C, S) -> length([X || X <- S, X =:= C]).

words(S) -> [W || W <- split(S, $\s), W =/= []].

capitalize(S) -> join([[up(H) | T] || [H | T] <- split(S, $\s)], " ").
up(C) when C >= $a, C =< $z -> C - 32;
up(C) -> C.

is_palindrome(S) ->
    L = lower([C || C <- S, C =/= $\s]),
    L =:= lists:reverse(L).

pad_left(S, N, _) when length(S) >= N -> S;
pad_left(S, N, C) -> pad_left([C | S], N, C).

id(X) -> X.

drop(0, L) -> L;
drop(N, [_ | T]) -> drop(N - 1, T).
