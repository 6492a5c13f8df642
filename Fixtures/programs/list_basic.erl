%% Cons cells, hd/tl, length, matching on list shapes, and local versions of
%% map, filter, foldl, nth, last, zip.
-module(list_basic).
-export([main/0]).

main() ->
    L = id([3, 1, 4, 1, 5, 9, 2, 6]),
    [hd(L), tl(L), length(L), [0 | L], nth(3, L), last(L),
     map(fun(X) -> X * 2 end, L), filter(fun(X) -> X rem 2 =:= 0 end, L),
     foldl(fun(X, A) -> X + A end, 0, L), foldr(fun(X, A) -> [X | A] end, [], L),
     zip(L, seq(1, 8)), shape(id([])), shape(id([a])), shape(id([a, b])), shape(id([a, b, c, d])),
     length(id([])), is_list(L), is_list(id({})), lists:reverse(L), lists:reverse(L, [done]),
     lists:member(9, L), lists:member(7, L),
     try hd(id([])) catch error:E1 -> E1 end,
     try tl(id([])) catch error:E2 -> E2 end,
     try length(id([a | b])) catch error:E3 -> E3 end].

shape([]) -> empty;
shape([X]) -> {one, X};
shape([X, Y]) -> {two, X, Y};
shape([X, _ | Rest]) -> {many, X, length(Rest)}.

nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 -> nth(N - 1, T).

last([X]) -> X;
last([_ | T]) -> last(T).

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

filter(_, []) -> [];
filter(P, [H | T]) ->
    case P(H) of
        true -> [H | filter(P, T)];
        false -> filter(P, T)
    end.

foldl(_, A, []) -> A;
foldl(F, A, [H | T]) -> foldl(F, F(H, A), T).

foldr(_, A, []) -> A;
foldr(F, A, [H | T]) -> F(H, foldr(F, A, T)).

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
