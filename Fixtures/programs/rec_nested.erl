%% Nested records: a record inside a record, deep updates, lists of records
%% folded and filtered, and record fields holding maps and funs results.
-module(rec_nested).
-export([main/0]).

-record(addr, {street = "", city = "", zip = 0}).
-record(user, {id, name, addr = #addr{}, scores = []}).

main() ->
    U1 = #user{id = 1, name = <<"ann">>, addr = #addr{city = "Oslo", zip = 150}, scores = [3, 9]},
    U2 = #user{id = 2, name = <<"bob">>, scores = [7]},
    U3 = U2#user{addr = (U2#user.addr)#addr{city = "Rome", street = "Via Appia"}},
    U4 = move(U1, "Bergen"),
    Users = [U1, U2, U3, U4],
    [U3, U4, (U4#user.addr)#addr.city, U4#user.addr#addr.zip,
     [N || #user{name = N, addr = #addr{city = "Oslo"}} <- Users],
     lists:reverse(foldl(fun(#user{scores = S}, Acc) -> [sum(S) | Acc] end, [], Users)),
     lists:keyfind(2, #user.id, Users) =:= U2,
     [Id || #user{id = Id} = U <- Users, length(U#user.scores) > 1]].

move(#user{addr = A} = U, City) -> U#user{addr = A#addr{city = City}}.

foldl(_, A, []) -> A;
foldl(F, A, [H | T]) -> foldl(F, F(H, A), T).

sum([]) -> 0;
sum([H | T]) -> H + sum(T).
