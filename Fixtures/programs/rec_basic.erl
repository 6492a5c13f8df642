%% Records: creation with defaults, field access, update, matching in heads,
%% record_info-free field indexes (#rec.field), and records as tuples.
-module(rec_basic).
-export([main/0]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0, email = undefined, tags = []}).

main() ->
    P0 = #point{},
    P1 = #point{x = id(3)},
    P2 = P1#point{y = id(4)},
    Ann = #person{name = id("Ann"), age = id(31)},
    Older = birthday(birthday(Ann)),
    Tagged = Ann#person{tags = [admin | Ann#person.tags], email = <<"ann@example.org">>},
    [P0, P1, P2, P2#point.x, P2#point.y, dist2(P2), Ann, Older, Older#person.age, Tagged,
     #point.x, #point.y, #person.email, element(#person.name, Ann),
     is_record(P2, point), is_record(Ann, point), is_record(id({point, 1, 2}), point),
     P2 =:= {point, 3, 4}, describe(P0), describe(P2), describe(Ann), describe(id({other}))].

birthday(#person{age = A} = P) -> P#person{age = A + 1}.

dist2(#point{x = X, y = Y}) -> X * X + Y * Y.

describe(#point{x = 0, y = 0}) -> origin;
describe(#point{x = X}) when X > 0 -> right_half;
describe(#person{name = N, tags = []}) -> {untagged_person, N};
describe(_) -> unknown.

id(X) -> X.
