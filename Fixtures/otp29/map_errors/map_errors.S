{module,map_errors}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,43}.
{function,main,0,2}.
{label,1}.
{line,[{location,"map_errors.erl",6}]}.
{func_info,{atom,map_errors},{atom,main},0}.
{label,2}.
{allocate,0,0}.
{move,{literal,#{1 => a}},{x,0}}.
{line,[{location,"map_errors.erl",7}]}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{test_heap,{alloc,[{words,29},{floats,0},{funs,12}]},1}.
{make_fun3,{f,42},0,0,{x,1},{list,[{x,0}]}}.
{make_fun3,{f,39},0,0,{x,2},{list,[{x,0}]}}.
{'%',{var_info,{x,2},[{fun_type,{t_map,any,any}}]}}.
{make_fun3,{f,36},0,0,{x,3},{list,[]}}.
{'%',{var_info,{x,3},[{fun_type,{t_map,any,any}}]}}.
{make_fun3,{f,33},0,0,{x,4},{list,[]}}.
{'%',{var_info,{x,4},[{fun_type,{t_map,any,any}}]}}.
{make_fun3,{f,31},0,0,{x,5},{list,[{x,0}]}}.
{make_fun3,{f,29},0,0,{x,6},{list,[]}}.
{'%',{var_info,{x,6},[{fun_type,{t_union,{t_atom,[error]},none,none,[{{2,{t_atom,[ok]}},{t_tuple,2,true,#{1 => {t_atom,[ok]}}}}],none,none}}]}}.
{make_fun3,{f,27},0,0,{x,7},{list,[]}}.
{'%',{var_info,{x,7},[{fun_type,{t_list,{t_tuple,2,true,#{}},nil}}]}}.
{make_fun3,{f,25},0,0,{x,8},{list,[{x,0}]}}.
{'%',{var_info,{x,8},[{fun_type,{t_map,any,any}}]}}.
{make_fun3,{f,23},0,0,{x,9},{list,[]}}.
{'%',{var_info,{x,9},[{fun_type,{t_integer,{0,288230376151711743}}}]}}.
{make_fun3,{f,20},0,0,{x,0},{list,[{x,0}]}}.
{'%',{var_info,{x,0},[{fun_type,{t_map,any,any}}]}}.
{make_fun3,{f,18},0,0,{x,10},{list,[]}}.
{'%',{var_info,{x,10},[{fun_type,{t_map,{t_atom,[a]},{t_atom,[b]}}}]}}.
{make_fun3,{f,16},0,0,{x,11},{list,[]}}.
{'%',{var_info,{x,11},[{fun_type,{t_union,{t_atom,[error]},none,none,{t_tuple,2,true,#{2 => {t_map,any,any}}},none,none}}]}}.
{put_list,{x,11},nil,{x,11}}.
{put_list,{x,10},{x,11},{x,10}}.
{put_list,{x,0},{x,10},{x,0}}.
{put_list,{x,9},{x,0},{x,0}}.
{put_list,{x,8},{x,0},{x,0}}.
{put_list,{x,7},{x,0},{x,0}}.
{put_list,{x,6},{x,0},{x,0}}.
{put_list,{x,5},{x,0},{x,0}}.
{put_list,{x,4},{x,0},{x,0}}.
{put_list,{x,3},{x,0},{x,0}}.
{put_list,{x,2},{x,0},{x,0}}.
{put_list,{x,1},{x,0},{x,0}}.
{call_last,1,{f,13},0}.
{function,run,1,4}.
{label,3}.
{line,[{location,"map_errors.erl",22}]}.
{func_info,{atom,map_errors},{atom,run},1}.
{label,4}.
{'%',{var_info,{x,0},[{type,{t_fun,0,any,any}}]}}.
{allocate,1,1}.
{'try',{y,0},{f,5}}.
{line,[{location,"map_errors.erl",23}]}.
{call_fun2,{atom,safe},0,{tr,{x,0},{t_fun,0,any,any}}}.
{try_end,{y,0}}.
{test_heap,3,1}.
{put_tuple2,{x,0},{list,[{atom,ok},{x,0}]}}.
{deallocate,1}.
return.
{label,5}.
{try_case,{y,0}}.
{test_heap,3,2}.
{put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
{deallocate,1}.
return.
{function,id,1,7}.
{label,6}.
{line,[{location,"map_errors.erl",29}]}.
{func_info,{atom,map_errors},{atom,id},1}.
{label,7}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
return.
{function,module_info,0,9}.
{label,8}.
{line,[]}.
{func_info,{atom,map_errors},{atom,module_info},0}.
{label,9}.
{move,{atom,map_errors},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,11}.
{label,10}.
{line,[]}.
{func_info,{atom,map_errors},{atom,module_info},1}.
{label,11}.
{move,{x,0},{x,1}}.
{move,{atom,map_errors},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
{function,'-main/0-lc$^12/1-0-',1,13}.
{label,12}.
{line,[{location,"map_errors.erl",20}]}.
{func_info,{atom,map_errors},{atom,'-main/0-lc$^12/1-0-'},1}.
{label,13}.
{'%',{var_info,{x,0},[{type,{t_list,{t_fun,0,any,any},nil}}]}}.
{test,is_nonempty_list,{f,14},[{x,0}]}.
{allocate,1,1}.
{get_list,{x,0},{x,0},{y,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_tuple,2,true,#{1 => {t_atom,[error,exit,ok,throw]}}}}]}}.
{swap,{y,0},{x,0}}.
{call,1,{f,13}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_tuple,2,true,#{1 => {t_atom,[error,exit,ok,throw]}}},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,0},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,14}.
return.
{function,'-main/0-fun-0-',0,16}.
{label,15}.
{line,[{location,"map_errors.erl",19}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-0-'},0}.
{label,16}.
{allocate,0,0}.
{move,{atom,y},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{move,{x,0},{x,1}}.
{move,{integer,1},{x,0}}.
{call_ext_last,2,{extfunc,maps,take,2},0}.
{function,'-main/0-fun-1-',0,18}.
{label,17}.
{line,[{location,"map_errors.erl",18}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-1-'},0}.
{label,18}.
{allocate,0,0}.
{move,{literal,[{a,b}|c]},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{call_ext_last,1,{extfunc,maps,from_list,1},0}.
{function,'-main/0-fun-2-',1,20}.
{label,19}.
{line,[{location,"map_errors.erl",17}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-2-'},1}.
{label,20}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{test,is_map,{f,21},[{tr,{x,0},{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}.
{test,has_map_fields,{f,21},{x,0},{list,[{integer,2}]}}.
return.
{label,21}.
{badmatch,{x,0}}.
{function,'-main/0-fun-3-',0,23}.
{label,22}.
{line,[{location,"map_errors.erl",16}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-3-'},0}.
{label,23}.
{allocate,0,0}.
{move,{atom,x},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{gc_bif,map_size,{f,0},1,[{tr,{x,0},{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}],{x,0}}.
{deallocate,0}.
return.
{function,'-main/0-fun-4-',1,25}.
{label,24}.
{line,[{location,"map_errors.erl",15}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-4-'},1}.
{label,25}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{allocate,1,1}.
{move,{x,0},{y,0}}.
{move,{atom,x},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{move,{x,0},{x,1}}.
{move,{y,0},{x,0}}.
{call_ext_last,2,{extfunc,maps,merge,2},1}.
{function,'-main/0-fun-5-',0,27}.
{label,26}.
{line,[{location,"map_errors.erl",14}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-5-'},0}.
{label,27}.
{allocate,0,0}.
{move,{integer,7},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{call_ext_last,1,{extfunc,maps,to_list,1},0}.
{function,'-main/0-fun-6-',0,29}.
{label,28}.
{line,[{location,"map_errors.erl",13}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-6-'},0}.
{label,29}.
{allocate,0,0}.
{move,{atom,list},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{move,{x,0},{x,1}}.
{move,{integer,1},{x,0}}.
{call_ext_last,2,{extfunc,maps,find,2},0}.
{function,'-main/0-fun-7-',1,31}.
{label,30}.
{line,[{location,"map_errors.erl",12}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-7-'},1}.
{label,31}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{move,{atom,c},{x,1}}.
{move,{x,0},{x,2}}.
{move,{integer,3},{x,0}}.
{call_ext_only,3,{extfunc,maps,update,3}}.
{function,'-main/0-fun-8-',0,33}.
{label,32}.
{line,[{location,"map_errors.erl",11}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-8-'},0}.
{label,33}.
{allocate,0,0}.
{move,{literal,<<>>},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{test,is_map,{f,34},[{tr,{x,0},{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}.
{put_map_assoc,{f,0},{x,0},{x,0},1,{list,[{integer,1},{atom,b}]}}.
{deallocate,0}.
return.
{label,34}.
{test_heap,3,1}.
{put_tuple2,{x,0},{list,[{atom,badmap},{x,0}]}}.
{call_ext_last,1,{extfunc,erlang,error,1},0}.
{function,'-main/0-fun-9-',0,36}.
{label,35}.
{line,[{location,"map_errors.erl",10}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-9-'},0}.
{label,36}.
{allocate,0,0}.
{move,{literal,[1]},{x,0}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{test,is_map,{f,37},[{tr,{x,0},{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}.
{put_map_exact,{f,0},{x,0},{x,0},1,{list,[{integer,1},{atom,b}]}}.
{deallocate,0}.
return.
{label,37}.
{test_heap,3,1}.
{put_tuple2,{x,0},{list,[{atom,badmap},{x,0}]}}.
{call_ext_last,1,{extfunc,erlang,error,1},0}.
{function,'-main/0-fun-10-',1,39}.
{label,38}.
{line,[{location,"map_errors.erl",9}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-10-'},1}.
{label,39}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{test,is_map,{f,40},[{tr,{x,0},{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}.
{put_map_exact,{f,0},{x,0},{x,0},1,{list,[{integer,2},{atom,b}]}}.
return.
{label,40}.
{test_heap,3,1}.
{put_tuple2,{x,0},{list,[{atom,badmap},{x,0}]}}.
{call_ext_only,1,{extfunc,erlang,error,1}}.
{function,'-main/0-fun-11-',1,42}.
{label,41}.
{line,[{location,"map_errors.erl",8}]}.
{func_info,{atom,map_errors},{atom,'-main/0-fun-11-'},1}.
{label,42}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}]}}.
{bif,map_get,{f,0},[{integer,2},{tr,{x,0},{t_union,{t_atom,[list,x,y]},{t_cons,{t_union,none,none,{t_integer,{1,1}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,none},{t_union,{t_atom,[c]},nil,none,none,none,none}},{t_integer,{7,7}},none,none,other}}],{x,0}}.
return.
