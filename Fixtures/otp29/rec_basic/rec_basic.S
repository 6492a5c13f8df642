{module,rec_basic}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,21}.
{function,main,0,2}.
{label,1}.
{line,[{location,"rec_basic.erl",9}]}.
{func_info,{atom,rec_basic},{atom,main},0}.
{label,2}.
{allocate,11,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10}]}}.
{move,{integer,3},{x,0}}.
{line,[{location,"rec_basic.erl",11}]}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{test_heap,4,1}.
{put_tuple2,{y,10},{list,[{atom,point},{x,0},{integer,0}]}}.
{move,{integer,4},{x,0}}.
{line,[{location,"rec_basic.erl",12}]}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{test_heap,4,1}.
{update_record,{atom,copy},3,{tr,{y,10},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_integer,{0,0}}}}},{y,9},{list,[3,{tr,{x,0},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{move,{literal,"Ann"},{x,0}}.
{line,[{location,"rec_basic.erl",13}]}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{move,{x,0},{y,8}}.
{move,{integer,31},{x,0}}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{test_heap,6,1}.
{put_tuple2,{y,8},{list,[{atom,person},{y,8},{x,0},{atom,undefined},nil]}}.
{move,{y,8},{x,0}}.
{line,[{location,"rec_basic.erl",14}]}.
{call,1,{f,6}}.
{'%',{var_info,{x,0},[{type,{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_integer,{4,'+inf'}},4 => {t_atom,[undefined]},5 => nil}}}]}}.
{call,1,{f,6}}.
{'%',{var_info,{x,0},[{type,{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_integer,{4,'+inf'}},4 => {t_atom,[undefined]},5 => nil}}}]}}.
{test_heap,6,1}.
{update_record,{atom,copy},5,{tr,{y,8},{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},4 => {t_atom,[undefined]},5 => nil}}},{y,7},{list,[4,{literal,<<"ann@example.org">>},5,{literal,[admin]}]}}.
{move,{x,0},{y,6}}.
{move,{y,9},{x,0}}.
{line,[{location,"rec_basic.erl",16}]}.
{call,1,{f,8}}.
{'%',{var_info,{x,0},[{type,{t_integer,{18,'+inf'}}}]}}.
{move,{x,0},{y,5}}.
{move,{literal,{point,1,2}},{x,0}}.
{line,[{location,"rec_basic.erl",18}]}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{test,is_tuple,{f,3},[{x,0}]}.
{test,test_arity,{f,3},[{x,0},3]}.
{move,{atom,true},{y,4}}.
{jump,{f,4}}.
{label,3}.
{move,{atom,false},{y,4}}.
{label,4}.
{bif,'=:=',{f,0},[{tr,{y,9},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}}},{literal,{point,3,4}}],{y,3}}.
{move,{literal,{point,0,0}},{x,0}}.
{line,[{location,"rec_basic.erl",19}]}.
{call,1,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_atom,[origin,right_half,unknown]}}]}}.
{move,{x,0},{y,2}}.
{move,{y,9},{x,0}}.
{call,1,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_atom,[right_half,unknown]}}]}}.
{move,{x,0},{y,1}}.
{move,{y,8},{x,0}}.
{call,1,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[unknown]},none,none,[{{2,{t_atom,[untagged_person]}},{t_tuple,2,true,#{1 => {t_atom,[untagged_person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}}}],none,none}}]}}.
{move,{x,0},{y,0}}.
{move,{literal,{other}},{x,0}}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
{call,1,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_atom,[right_half,unknown]}}]}}.
{test_heap,44,1}.
{get_tuple_element,{y,6},2,{x,1}}.
{get_tuple_element,{y,9},1,{x,2}}.
{get_tuple_element,{y,9},2,{x,3}}.
{get_tuple_element,{y,8},1,{x,4}}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{atom,false},{x,0},{x,0}}.
{put_list,{atom,true},{x,0},{x,0}}.
{put_list,{x,4},{x,0},{x,0}}.
{put_list,{integer,4},{x,0},{x,0}}.
{put_list,{integer,3},{x,0},{x,0}}.
{put_list,{integer,2},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{x,1},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{x,3},{x,0},{x,0}}.
{put_list,{x,2},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{literal,{point,0,0}},{x,0},{x,0}}.
{deallocate,11}.
return.
{function,birthday,1,6}.
{label,5}.
{line,[{location,"rec_basic.erl",21}]}.
{func_info,{atom,rec_basic},{atom,birthday},1}.
{label,6}.
{'%',{var_info,{x,0},[{type,{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,'+inf'}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},4 => {t_atom,[undefined]},5 => nil}}}]}}.
{get_tuple_element,{x,0},2,{x,1}}.
{gc_bif,'+',{f,0},2,[{tr,{x,1},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,'+inf'}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}},{integer,1}],{x,1}}.
{test_heap,6,2}.
{update_record,{atom,copy},5,{tr,{x,0},{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,'+inf'}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},4 => {t_atom,[undefined]},5 => nil}}},{x,0},{list,[3,{tr,{x,1},{t_integer,{4,'+inf'}}}]}}.
return.
{function,dist2,1,8}.
{label,7}.
{line,[{location,"rec_basic.erl",23}]}.
{func_info,{atom,rec_basic},{atom,dist2},1}.
{label,8}.
{'%',{var_info,{x,0},[{type,{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}}}]}}.
{get_tuple_element,{x,0},1,{x,1}}.
{gc_bif,'*',{f,0},2,[{tr,{x,1},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}},{tr,{x,1},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}],{x,1}}.
{get_tuple_element,{x,0},2,{x,0}}.
{gc_bif,'*',{f,0},2,[{tr,{x,0},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}},{tr,{x,0},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}],{x,0}}.
{gc_bif,'+',{f,0},2,[{tr,{x,1},{t_integer,{9,961}}},{tr,{x,0},{t_integer,{9,961}}}],{x,0}}.
return.
{function,describe,1,10}.
{label,9}.
{line,[{location,"rec_basic.erl",25}]}.
{func_info,{atom,rec_basic},{atom,describe},1}.
{label,10}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}}},{{5,{t_atom,[person]}},{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},4 => {t_atom,[undefined]},5 => nil}}}],none,none}}]}}.
{test,is_tuple,{f,14},[{tr,{x,0},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}}},{{5,{t_atom,[person]}},{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},4 => {t_atom,[undefined]},5 => nil}}}],none,none}}]}.
{select_tuple_arity,{tr,{x,0},{t_union,none,none,none,[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}}},{{5,{t_atom,[person]}},{t_tuple,5,true,#{1 => {t_atom,[person]},2 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},3 => {t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none},4 => {t_atom,[undefined]},5 => nil}}}],none,none}},{f,14},{list,[3,{f,12},5,{f,11}]}}.
{label,11}.
{test_heap,3,1}.
{get_tuple_element,{x,0},1,{x,0}}.
{put_tuple2,{x,0},{list,[{atom,untagged_person},{x,0}]}}.
return.
{label,12}.
{get_tuple_element,{x,0},1,{x,1}}.
{test,is_eq_exact,{f,13},[{tr,{x,1},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}},{integer,0}]}.
{get_tuple_element,{x,0},2,{x,0}}.
{test,is_eq_exact,{f,13},[{tr,{x,0},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}},{integer,0}]}.
{move,{atom,origin},{x,0}}.
return.
{label,13}.
{test,is_lt,{f,14},[{integer,0},{tr,{x,1},{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{0,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}.
{move,{atom,right_half},{x,0}}.
return.
{label,14}.
{move,{atom,unknown},{x,0}}.
return.
{function,id,1,16}.
{label,15}.
{line,[{location,"rec_basic.erl",30}]}.
{func_info,{atom,rec_basic},{atom,id},1}.
{label,16}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_cons,{t_integer,{65,110}},nil},{t_integer,{3,31}},[{{1,{t_atom,[other]}},{t_tuple,1,true,#{1 => {t_atom,[other]}}}},{{3,{t_atom,[point]}},{t_tuple,3,true,#{1 => {t_atom,[point]},2 => {t_integer,{1,1}},3 => {t_integer,{2,2}}}}}],none,none}}]}}.
return.
{function,module_info,0,18}.
{label,17}.
{line,[]}.
{func_info,{atom,rec_basic},{atom,module_info},0}.
{label,18}.
{move,{atom,rec_basic},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,20}.
{label,19}.
{line,[]}.
{func_info,{atom,rec_basic},{atom,module_info},1}.
{label,20}.
{move,{x,0},{x,1}}.
{move,{atom,rec_basic},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
