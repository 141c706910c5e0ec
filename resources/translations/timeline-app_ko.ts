<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Project: </source>
        <translation>프로젝트: </translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} 정보</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>버전 {0}</translation>
    </message>
    <message>
        <source>A desktop timeline viewer: zoomable timelines, event details, exact exports.</source>
        <translation>데스크톱 타임라인 뷰어: 확대·축소되는 타임라인, 이벤트 세부 정보, 정확한 내보내기.</translation>
    </message>
    <message>
        <source>Bundled timeline (Songdo Bio Cluster, autumn 2019), from:</source>
        <translation>함께 제공되는 타임라인(송도 바이오 클러스터, 2019년 가을)의 출처:</translation>
    </message>
</context>
<context>
    <name>BackgroundSave</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>{0} 저장하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <source>Categories and Eras</source>
        <translation>범주와 시대</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>색 선택…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>시대</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>새 범주</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is the category of {1} events: give them another category first.</source>
        <translation>&quot;{0}&quot;은(는) 사건 {1}개의 범주입니다. 먼저 그 사건들에 다른 범주를 지정하세요.</translation>
    </message>
    <message>
        <source>New era</source>
        <translation>새 시대</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>{0}행</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details were saved to {0}.</source>
        <translation>세부 정보를 {0}에 저장했습니다.</translation>
    </message>
    <message>
        <source>The details could not be saved to a log file.</source>
        <translation>세부 정보를 로그 파일에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>An unexpected error happened. The window keeps working, but the last action may not have finished.</source>
        <translation>예기치 않은 오류가 발생했습니다. 창은 계속 작동하지만 마지막 작업이 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>세부 정보 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Event details</source>
        <translation>이벤트 세부 정보</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to read about it here.</source>
        <translation>타임라인이나 목록에서 이벤트를 선택하면 여기에서 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택한 이벤트 없음</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation>{0}의 세부 정보</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>Inferred rather than stated in the sources.</source>
        <translation>출처에 명시되지 않고 추정한 내용입니다.</translation>
    </message>
    <message>
        <source>This event is inferred rather than stated.</source>
        <translation>이 이벤트는 명시되지 않고 추정한 것입니다.</translation>
    </message>
    <message>
        <source>Inferred: </source>
        <translation>추정: </translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>관련 이벤트</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>태그: </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Also mentioned</source>
        <translation>함께 언급됨</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>주석</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>이벤트 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>선택한 이벤트 바꾸기</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>새 이벤트(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an event at the selected event&apos;s date</source>
        <translation>선택한 이벤트의 날짜에 이벤트 추가</translation>
    </message>
    <message>
        <source>&amp;Duplicate Event</source>
        <translation>이벤트 복제(&amp;D)</translation>
    </message>
    <message>
        <source>Add a copy of the selected event</source>
        <translation>선택한 이벤트의 사본 추가</translation>
    </message>
    <message>
        <source>De&amp;lete Event</source>
        <translation>이벤트 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>선택한 이벤트 삭제</translation>
    </message>
    <message>
        <source>&amp;Categories and Eras…</source>
        <translation>범주와 시대(&amp;C)…</translation>
    </message>
    <message>
        <source>Change the categories&apos; labels and colours, and the eras</source>
        <translation>범주의 이름과 색, 시대를 변경</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>새 이벤트</translation>
    </message>
    <message>
        <source>The event was no longer in the file; it is added again</source>
        <translation>파일에 더 이상 없던 이벤트를 다시 추가했습니다</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Cannot apply this change</source>
        <translation>이 변경을 적용할 수 없습니다</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>다른 이름으로 타임라인 저장</translation>
    </message>
    <message>
        <source>Timeline files (*.json)</source>
        <translation>타임라인 파일 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{0} was read from another format or is the bundled example: save it under another name.</source>
        <translation>{0}은(는) 다른 형식에서 읽었거나 함께 제공된 예제입니다. 다른 이름으로 저장하세요.</translation>
    </message>
    <message>
        <source>Save cancelled; {0} was not changed</source>
        <translation>저장을 취소했습니다. {0}은(는) 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} 저장됨</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them first?</source>
        <translation>{0}에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>변경 사항 버리기</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>{0} changed on disk, and there are changes here that are not saved.</source>
        <translation>디스크의 {0}이(가) 바뀌었고, 여기에는 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Reload and Lose My Changes</source>
        <translation>다시 불러오고 내 변경 사항 버리기</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>내 변경 사항 유지</translation>
    </message>
</context>
<context>
    <name>EditStep</name>
    <message>
        <source>Edit event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 편집</translation>
    </message>
    <message>
        <source>Move event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 이동</translation>
    </message>
    <message>
        <source>Change end of &quot;{subject}&quot;</source>
        <translation>&quot;{subject}&quot;의 끝 변경</translation>
    </message>
    <message>
        <source>Add event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 추가</translation>
    </message>
    <message>
        <source>Duplicate event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 복제</translation>
    </message>
    <message>
        <source>Delete event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 삭제</translation>
    </message>
    <message>
        <source>Add category &quot;{subject}&quot;</source>
        <translation>범주 &quot;{subject}&quot; 추가</translation>
    </message>
    <message>
        <source>Edit category &quot;{subject}&quot;</source>
        <translation>범주 &quot;{subject}&quot; 편집</translation>
    </message>
    <message>
        <source>Add era &quot;{subject}&quot;</source>
        <translation>시대 &quot;{subject}&quot; 추가</translation>
    </message>
    <message>
        <source>Edit era &quot;{subject}&quot;</source>
        <translation>시대 &quot;{subject}&quot; 편집</translation>
    </message>
    <message>
        <source>Delete era &quot;{subject}&quot;</source>
        <translation>시대 &quot;{subject}&quot; 삭제</translation>
    </message>
    <message>
        <source>Edit categories and eras</source>
        <translation>범주와 시대 편집</translation>
    </message>
    <message>
        <source>Delete category &quot;{subject}&quot;</source>
        <translation>범주 &quot;{subject}&quot; 삭제</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>New Event</source>
        <translation>새 이벤트</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>이벤트 편집</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>끝(&amp;E)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Inclusive; empty for an event on one date</source>
        <translation>이 날짜까지 포함; 하루짜리 이벤트는 비워 둡니다</translation>
    </message>
    <message>
        <source>Date &amp;note</source>
        <translation>날짜 메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>범주(&amp;C)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>요약(&amp;M)</translation>
    </message>
    <message>
        <source>The event itself is inferred, not stated by a source</source>
        <translation>출처에 명시되지 않고 이벤트 자체를 추정함</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New Category…</source>
        <translation>새 범주…</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>범주 없음</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Not stated by a source</source>
        <translation>출처에 명시되지 않음</translation>
    </message>
    <message>
        <source>Source ids, separated by commas</source>
        <translation>출처 ID, 쉼표로 구분</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>당사자(&amp;P)</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>참가자(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>인용(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>활동(&amp;A)</translation>
    </message>
    <message>
        <source>Men&amp;tions</source>
        <translation>언급(&amp;T)</translation>
    </message>
    <message>
        <source>People, words and deeds</source>
        <translation>인물, 발언과 활동</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Sources, tags and links</source>
        <translation>출처, 태그와 연결</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>관련 이벤트</translation>
    </message>
    <message>
        <source>Ids of the timeline&apos;s sources, one per line</source>
        <translation>타임라인 출처의 ID, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>One tag per line</source>
        <translation>한 줄에 태그 하나씩</translation>
    </message>
    <message>
        <source>Ids of other events, one per line</source>
        <translation>다른 이벤트의 ID, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>1 problem to fix before applying</source>
        <translation>적용하기 전에 고칠 문제 1개</translation>
    </message>
    <message>
        <source>{0} problems to fix before applying</source>
        <translation>적용하기 전에 고칠 문제 {0}개</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <source>Line {0}</source>
        <translation>{0}번째 줄</translation>
    </message>
    <message>
        <source>2019 · 2019-10 · 2019-10-14 · 2019-10-14T15:00+09:00 · -0499 (500 BCE) · -13800000000</source>
        <translation>2019 · 2019-10 · 2019-10-14 · 2019-10-14T15:00+09:00 · -0499 (기원전 500년) · -13800000000</translation>
    </message>
    <message>
        <source>Reads as: {0}</source>
        <translation>읽은 날짜: {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지어 이름</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Speaker&apos;s title</source>
        <translation>발언자 직함</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>맥락</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Organization&apos;s native name</source>
        <translation>기관의 현지어 이름</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>지역</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{0} x {1} px, vector</source>
        <translation>{0} x {1}px, 벡터</translation>
    </message>
    <message>
        <source>one page</source>
        <translation>한 페이지</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translation>{0} 가로</translation>
    </message>
    <message>
        <source>1 page ({0})</source>
        <translation>1페이지 ({0})</translation>
    </message>
    <message>
        <source>{0} pages ({1})</source>
        <translation>{0}페이지 ({1})</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>출처: {0}</translation>
    </message>
    <message>
        <source> (citing {0})</source>
        <translation> ({0} 인용)</translation>
    </message>
    <message>
        <source> · Exported {0}</source>
        <translation> · {0}에 내보냄</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>페이지 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the timeline as a PNG image, an SVG drawing or a PDF</source>
        <translation>타임라인을 PNG 이미지, SVG 그림 또는 PDF로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the timeline, with a preview</source>
        <translation>미리 보기와 함께 타임라인을 인쇄합니다</translation>
    </message>
    <message>
        <source>Export Event &amp;Details…</source>
        <translation>이벤트 세부 정보 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the details of the selected event, or of all events, as a Markdown or PDF document</source>
        <translation>선택한 이벤트나 모든 이벤트의 세부 정보를 Markdown 또는 PDF 문서로 저장합니다</translation>
    </message>
    <message>
        <source>Add to &amp;Calendar (.ics)…</source>
        <translation>캘린더에 추가(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Write the selected event, or every event, as an iCalendar file</source>
        <translation>선택한 이벤트나 모든 이벤트를 iCalendar 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Export as &amp;TimelineJS JSON…</source>
        <translation>TimelineJS JSON으로 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the timeline for TimelineJS, to publish it on the web</source>
        <translation>웹에 게시할 수 있도록 타임라인을 TimelineJS 형식으로 저장합니다</translation>
    </message>
    <message>
        <source>Save a Copy as timeline-app &amp;JSON…</source>
        <translation>timeline-app JSON으로 사본 저장(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the timeline (for example an imported one) in this app&apos;s format</source>
        <translation>타임라인(예: 가져온 타임라인)을 이 앱의 형식으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Selected Event</source>
        <translation>선택한 이벤트(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All Events</source>
        <translation>모든 이벤트(&amp;A)</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} 내보내기</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>{0} 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exported {0}: {1}</source>
        <translation>{0} 내보내기 완료: {1}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>내보내기 실패: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>내보내기를 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Export Event Details</source>
        <translation>이벤트 세부 정보 내보내기</translation>
    </message>
    <message>
        <source>Write the details of the selected event, or of every event?</source>
        <translation>선택한 이벤트의 세부 정보를 저장할까요, 모든 이벤트의 세부 정보를 저장할까요?</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF document (*.pdf)</source>
        <translation>Markdown (*.md);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the details of 1 event to {0}</source>
        <translation>이벤트 1개의 세부 정보를 {0}에 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote the details of {0} events to {1}</source>
        <translation>이벤트 {0}개의 세부 정보를 {1}에 저장했습니다</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>캘린더에 추가</translation>
    </message>
    <message>
        <source>Write the selected event, or every event shown?</source>
        <translation>선택한 이벤트를 저장할까요, 표시된 모든 이벤트를 저장할까요?</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} 저장 완료</translation>
    </message>
    <message>
        <source>{0}: written, with what it cannot hold:</source>
        <translation>{0}: 저장했습니다. 이 형식에 담지 못한 것:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing (vector, selectable text)</source>
        <translation>SVG 그림 (벡터, 텍스트 선택 가능)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 문서 (벡터)</translation>
    </message>
    <message>
        <source>One long page</source>
        <translation>긴 한 페이지</translation>
    </message>
    <message>
        <source>A4 pages, landscape</source>
        <translation>A4 페이지, 가로</translation>
    </message>
    <message>
        <source>Letter pages, landscape</source>
        <translation>Letter 페이지, 가로</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>&amp;Whole timeline</source>
        <translation>타임라인 전체(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Visible part</source>
        <translation>보이는 부분(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>기간(&amp;R)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation>종료 날짜(포함)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Width in pixels before scaling</source>
        <translation>배율 적용 전 너비(픽셀)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Height in pixels before scaling, 0 for automatic</source>
        <translation>배율 적용 전 높이(픽셀), 0이면 자동</translation>
    </message>
    <message>
        <source> (crisp on HiDPI)</source>
        <translation> (HiDPI에서 선명)</translation>
    </message>
    <message>
        <source>Trans&amp;parent background</source>
        <translation>투명 배경(&amp;P)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Include the &amp;title</source>
        <translation>제목 포함(&amp;T)</translation>
    </message>
    <message>
        <source>The timeline&apos;s title</source>
        <translation>타임라인 제목</translation>
    </message>
    <message>
        <source>Title text, empty for the timeline&apos;s title</source>
        <translation>제목 텍스트, 비워 두면 타임라인 제목</translation>
    </message>
    <message>
        <source>Include the &amp;legend</source>
        <translation>범례 포함(&amp;L)</translation>
    </message>
    <message>
        <source>Include a &amp;footer with the source and date</source>
        <translation>원본 파일과 날짜가 있는 바닥글 포함(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>페이지(&amp;G):</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>배율(&amp;S):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>테마(&amp;H):</translation>
    </message>
    <message>
        <source>Title te&amp;xt:</source>
        <translation>제목 텍스트(&amp;X):</translation>
    </message>
    <message>
        <source>give both dates of the range, e.g. 2019-10-01 to 2019-10-31</source>
        <translation>범위의 두 날짜를 모두 입력하세요. 예: 2019-10-01 ~ 2019-10-31</translation>
    </message>
    <message>
        <source>Range: {0}</source>
        <translation>범위: {0}</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel opening the file</source>
        <translation>파일 열기 취소</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Tags: show only events with any checked tag</source>
        <translation>태그: 선택한 태그가 하나라도 있는 이벤트만 표시</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>이름 찾기…</translation>
    </message>
    <message>
        <source>Find a party or participant</source>
        <translation>당사자 또는 참가자 찾기</translation>
    </message>
    <message>
        <source>Parties and participants: show only events with any checked name</source>
        <translation>당사자와 참가자: 선택한 이름이 하나라도 있는 이벤트만 표시</translation>
    </message>
    <message>
        <source>Parties and participants</source>
        <translation>당사자와 참가자</translation>
    </message>
    <message>
        <source>e.g. 2019-10 or -0499</source>
        <translation>예: 2019-10 또는 -0499</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>e.g. 2019-12-31</source>
        <translation>예: 2019-12-31</translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation>종료 날짜(포함)</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>모든 필터 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>타임라인 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>타임라인 전체를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>다음 이벤트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>이전 이벤트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About timeline-app</source>
        <translation>timeline-app 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filters Panel</source>
        <translation>필터 패널(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>모든 필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>모든 이벤트를 다시 표시합니다</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Scale: {0} ≈ {1} px</source>
        <translation>배율: {0} ≈ {1}px</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>타임라인 열기</translation>
    </message>
    <message>
        <source>All supported timelines ({0})</source>
        <translation>지원하는 모든 타임라인 ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening {0} cancelled</source>
        <translation>{0} 열기를 취소했습니다</translation>
    </message>
    <message>
        <source>Cannot open this timeline</source>
        <translation>이 타임라인을 열 수 없습니다</translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation>열린 타임라인 없음</translation>
    </message>
    <message>
        <source>Cannot open this timeline.</source>
        <translation>이 타임라인을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Filter on: {0} of {1} events ({2})</source>
        <translation>필터 사용 중: 이벤트 {1}개 중 {0}개 ({2})</translation>
    </message>
    <message>
        <source>1 category hidden</source>
        <translation>범주 1개 숨김</translation>
    </message>
    <message>
        <source>{0} categories hidden</source>
        <translation>범주 {0}개 숨김</translation>
    </message>
    <message>
        <source>tags: {0}</source>
        <translation>태그: {0}</translation>
    </message>
    <message>
        <source>with: {0}</source>
        <translation>포함: {0}</translation>
    </message>
    <message>
        <source>date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 비우기(&amp;C)</translation>
    </message>
    <message>
        <source>{0} was removed or renamed; showing the last version read.</source>
        <translation>{0} 파일이 삭제되었거나 이름이 바뀌었습니다. 마지막으로 읽은 버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Reloading {0}…</source>
        <translation>{0} 다시 불러오는 중…</translation>
    </message>
    <message>
        <source>Reloaded {0}</source>
        <translation>{0} 다시 불러옴</translation>
    </message>
    <message>
        <source>The file changed on disk and cannot be read; still showing the last good version.</source>
        <translation>디스크의 파일이 바뀌었는데 읽을 수 없습니다. 마지막으로 정상적으로 읽은 버전을 계속 표시합니다.</translation>
    </message>
    <message>
        <source>... and {0} more (timeline-app validate lists them all)</source>
        <translation>… 외 {0}개 (timeline-app validate로 모두 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>경고 {0}개</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>타임라인 저장</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the timeline under another name</source>
        <translation>타임라인을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>{0} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>{0} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>NewCategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation>새 범주</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Category Colour</source>
        <translation>범주 색</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Overview of {0}: {1} events, {2}. The box marks the part shown in the canvas; drag it to pan, click elsewhere to centre the canvas there, scroll to zoom.</source>
        <translation>{0} 개요: 이벤트 {1}개, {2}. 상자는 캔버스에 보이는 부분을 나타냅니다. 끌면 이동하고, 다른 곳을 클릭하면 그곳을 캔버스 가운데에 놓고, 스크롤하면 확대·축소합니다.</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>개요(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the overview strip under the timeline</source>
        <translation>타임라인 아래의 개요 띠를 표시하거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>이벤트 검색</translation>
    </message>
    <message>
        <source>Type to find events by any word they hold; Enter or F3 goes to the next match, Shift+F3 to the previous one, Escape clears.</source>
        <translation>이벤트에 들어 있는 낱말을 입력해 찾습니다. Enter나 F3은 다음 결과로, Shift+F3은 이전 결과로 가고, Esc는 검색어를 지웁니다.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>결과 1개</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>결과 {0}개</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}번째</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a timeline file (or drop one on the window)</source>
        <translation>타임라인 파일 열기 (창에 끌어다 놓아도 됨)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search: every word must match, case and accents ignored</source>
        <translation>검색: 모든 낱말이 일치해야 함, 대소문자와 악센트 무시</translation>
    </message>
    <message>
        <source>Enter, F3 / Shift+F3</source>
        <translation>Enter, F3 / Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous search match (the canvas follows)</source>
        <translation>다음 / 이전 검색 결과 (캔버스가 따라감)</translation>
    </message>
    <message>
        <source>Escape (in the search field)</source>
        <translation>Esc (검색 칸에서)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Show or hide the Filters panel</source>
        <translation>필터 패널 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>Click a legend entry</source>
        <translation>범례 항목 클릭</translation>
    </message>
    <message>
        <source>Hide or show that category</source>
        <translation>그 범주 숨기기 또는 표시</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a PNG, SVG or PDF of the timeline</source>
        <translation>타임라인을 PNG, SVG 또는 PDF로 내보내기</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print, with a preview</source>
        <translation>미리 보기와 함께 인쇄</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+=</source>
        <translation>Ctrl++ / Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom in (about the selected event when visible)</source>
        <translation>확대 (선택한 이벤트가 보이면 그 이벤트를 중심으로)</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit the whole timeline</source>
        <translation>타임라인 전체 보기</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>마우스 휠, 핀치</translation>
    </message>
    <message>
        <source>Zoom about the pointer</source>
        <translation>포인터를 중심으로 확대·축소</translation>
    </message>
    <message>
        <source>Drag, Shift+wheel, sideways swipe</source>
        <translation>끌기, Shift+휠, 옆으로 밀기</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Drag the box in the overview</source>
        <translation>개요의 상자 끌기</translation>
    </message>
    <message>
        <source>Pan; click elsewhere in it to go there, scroll on it to zoom</source>
        <translation>이동. 개요의 다른 곳을 클릭하면 그곳으로 가고, 스크롤하면 확대·축소</translation>
    </message>
    <message>
        <source>Alt+wheel, Ctrl+Up / Ctrl+Down</source>
        <translation>Alt+휠, Ctrl+위 / Ctrl+아래</translation>
    </message>
    <message>
        <source>Scroll the lanes when they do not all fit (canvas focused for keys)</source>
        <translation>레인이 다 들어가지 않을 때 레인 스크롤 (키는 캔버스에 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Click a cluster or band</source>
        <translation>묶음이나 띠 클릭</translation>
    </message>
    <message>
        <source>Zoom into its events (a band across the view: 4x about the click)</source>
        <translation>그 이벤트들로 확대 (화면을 가로지르는 띠: 클릭한 곳을 중심으로 4배)</translation>
    </message>
    <message>
        <source>Click a folded row (below the dashed rule)</source>
        <translation>접힌 줄 클릭 (점선 아래)</translation>
    </message>
    <message>
        <source>Scroll down to the lanes it stands for</source>
        <translation>그 줄이 묶은 레인으로 스크롤</translation>
    </message>
    <message>
        <source>Left / Right, Tab / Shift+Tab</source>
        <translation>왼쪽 / 오른쪽, Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Previous / next event (canvas focused)</source>
        <translation>이전 / 다음 이벤트 (캔버스에 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+왼쪽 / Ctrl+오른쪽</translation>
    </message>
    <message>
        <source>Previous / next event (anywhere)</source>
        <translation>이전 / 다음 이벤트 (어디서나)</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+왼쪽 / Shift+오른쪽</translation>
    </message>
    <message>
        <source>Pan a little</source>
        <translation>조금 이동</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Pan a screen</source>
        <translation>한 화면 이동</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>첫 / 마지막 이벤트</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom in / out (canvas focused)</source>
        <translation>확대 / 축소 (캔버스에 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, 두 번 클릭</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>선택한 이벤트로 확대</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>이 목록</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoomed out as far as it goes: the whole timeline, and twice its length on each side</source>
        <translation>최대한 축소했습니다: 타임라인 전체와 양쪽으로 그 길이의 두 배까지</translation>
    </message>
    <message>
        <source>Zoomed in as far as it goes: 1 millisecond ≈ 100 px</source>
        <translation>최대한 확대했습니다: 1밀리초 ≈ 100px</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>lane {0}</source>
        <translation>레인 {0}</translation>
    </message>
    <message>
        <source>lanes {0}–{1}</source>
        <translation>레인 {0}–{1}</translation>
    </message>
    <message>
        <source>{0} events in {1}, {2}</source>
        <translation>{1}의 이벤트 {0}개, {2}</translation>
    </message>
    <message>
        <source>Click to show these lanes one by one</source>
        <translation>클릭하면 이 레인들을 하나씩 표시합니다</translation>
    </message>
    <message>
        <source>{0} events, {1}</source>
        <translation>이벤트 {0}개, {1}</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>클릭하면 확대합니다</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A desktop timeline viewer. With no command, opens FILE (or the bundled Songdo 2019 timeline) in a window.</source>
        <translation>데스크톱 타임라인 뷰어. 명령 없이 실행하면 FILE(또는 함께 제공되는 송도 2019 타임라인)을 창에서 엽니다.</translation>
    </message>
    <message>
        <source>Commands: view [FILE] | export [FILE] -o OUT.png|.svg|.pdf | validate FILE... | convert IN -o OUT (see &apos;{0} COMMAND --help&apos;).</source>
        <translation>명령: view [FILE] | export [FILE] -o OUT.png|.svg|.pdf | validate FILE... | convert IN -o OUT (&apos;{0} COMMAND --help&apos; 참고).</translation>
    </message>
    <message>
        <source>interface language: en or ko (default: as chosen in the window, else the system&apos;s)</source>
        <translation>인터페이스 언어: en 또는 ko (기본값: 창에서 고른 언어, 없으면 시스템 언어)</translation>
    </message>
    <message>
        <source>open a timeline in a window (the default)</source>
        <translation>타임라인을 창에서 열기 (기본값)</translation>
    </message>
    <message>
        <source>timeline file (default: the bundled timeline)</source>
        <translation>타임라인 파일 (기본값: 함께 제공되는 타임라인)</translation>
    </message>
    <message>
        <source>write a PNG, SVG or PDF of a timeline (or its event details), without a display</source>
        <translation>화면 없이 타임라인(또는 이벤트 세부 정보)을 PNG, SVG, PDF로 저장</translation>
    </message>
    <message>
        <source>Paint the timeline into OUT: .png (an image), .svg (vector, selectable text) or .pdf (vector; one long page, or tiled with --pages a4|letter). With --details, write the details of every event (or of --event ID) as a readable .md or .pdf document instead.</source>
        <translation>타임라인을 OUT에 그립니다: .png(이미지), .svg(벡터, 텍스트 선택 가능) 또는 .pdf(벡터, 긴 한 페이지 또는 --pages a4|letter로 여러 페이지). --details를 주면 대신 모든 이벤트(또는 --event ID)의 세부 정보를 읽기 쉬운 .md나 .pdf 문서로 저장합니다.</translation>
    </message>
    <message>
        <source>the file to write; its suffix picks the format: .png, .svg, .pdf (.md, .pdf with --details)</source>
        <translation>저장할 파일. 확장자로 형식을 고릅니다: .png, .svg, .pdf (--details와 함께면 .md, .pdf)</translation>
    </message>
    <message>
        <source>all (default), or FROM..TO in ISO dates, TO inclusive: 2019-10-01..2019-10-31, 2019-10..</source>
        <translation>all(기본값) 또는 ISO 날짜의 FROM..TO, TO 포함: 2019-10-01..2019-10-31, 2019-10..</translation>
    </message>
    <message>
        <source>start of the range (ISO date)</source>
        <translation>범위의 시작 (ISO 날짜)</translation>
    </message>
    <message>
        <source>end of the range, inclusive (ISO date)</source>
        <translation>범위의 끝, 포함 (ISO 날짜)</translation>
    </message>
    <message>
        <source>width in px before scaling (default 1600)</source>
        <translation>배율 적용 전 너비(px) (기본값 1600)</translation>
    </message>
    <message>
        <source>height in px before scaling (default: fit the lanes)</source>
        <translation>배율 적용 전 높이(px) (기본값: 레인에 맞춤)</translation>
    </message>
    <message>
        <source>PNG pixel scale, 2 is crisp on HiDPI (default 2; vector formats ignore it)</source>
        <translation>PNG 픽셀 배율, 2는 HiDPI에서 선명 (기본값 2, 벡터 형식은 무시)</translation>
    </message>
    <message>
        <source>colours (default light)</source>
        <translation>색 (기본값 light)</translation>
    </message>
    <message>
        <source>the title to print (default: the timeline&apos;s)</source>
        <translation>표시할 제목 (기본값: 타임라인의 제목)</translation>
    </message>
    <message>
        <source>leave out the title</source>
        <translation>제목 생략</translation>
    </message>
    <message>
        <source>leave out the category legend</source>
        <translation>범주 범례 생략</translation>
    </message>
    <message>
        <source>PNG, SVG: no background</source>
        <translation>PNG, SVG: 배경 없음</translation>
    </message>
    <message>
        <source>PDF: one long page (single, the default) or tiled landscape A4 or Letter pages; with --details, the paper: a4 (default) or letter</source>
        <translation>PDF: 긴 한 페이지(single, 기본값) 또는 가로 A4나 Letter 페이지 여러 장. --details와 함께면 용지: a4(기본값) 또는 letter</translation>
    </message>
    <message>
        <source>a footer line with the source file and the date (default: no footer)</source>
        <translation>원본 파일과 날짜가 있는 바닥글 줄 (기본값: 바닥글 없음)</translation>
    </message>
    <message>
        <source>write the event details (parties, participants, quotes, sources) to OUT.md or OUT.pdf</source>
        <translation>이벤트 세부 정보(당사자, 참가자, 인용, 출처)를 OUT.md나 OUT.pdf로 저장</translation>
    </message>
    <message>
        <source>with --details: only this event (default: every event)</source>
        <translation>--details와 함께: 이 이벤트만 (기본값: 모든 이벤트)</translation>
    </message>
    <message>
        <source>check timeline files and print each problem with its place</source>
        <translation>타임라인 파일을 검사하고 문제마다 위치와 함께 출력</translation>
    </message>
    <message>
        <source>write a timeline (TimelineJS, .timeline, .ics, ...) in another format</source>
        <translation>타임라인(TimelineJS, .timeline, .ics 등)을 다른 형식으로 저장</translation>
    </message>
    <message>
        <source>Read IN in any supported format (timeline-app JSON, TimelineJS JSON or CSV, Timeline .timeline XML, iCalendar .ics) and write OUT: our JSON, TimelineJS JSON (--to timelinejs) or iCalendar (OUT.ics, or --to ics).</source>
        <translation>지원하는 형식(timeline-app JSON, TimelineJS JSON 또는 CSV, Timeline .timeline XML, iCalendar .ics)의 IN을 읽어 OUT으로 저장합니다: 이 앱의 JSON, TimelineJS JSON(--to timelinejs) 또는 iCalendar(OUT.ics 또는 --to ics).</translation>
    </message>
    <message>
        <source>the file to read</source>
        <translation>읽을 파일</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>output format (default: from OUT&apos;s suffix, .ics -&gt; ics, else timeline-app)</source>
        <translation>출력 형식 (기본값: OUT의 확장자에 따라, .ics이면 ics, 아니면 timeline-app)</translation>
    </message>
    <message>
        <source>write only this event (.ics only)</source>
        <translation>이 이벤트만 저장 (.ics만)</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>오류: {0}</translation>
    </message>
    <message>
        <source>{0}: warning: {1}</source>
        <translation>{0}: 경고: {1}</translation>
    </message>
    <message>
        <source>--event writes one event to .ics; use an OUT.ics file or --to ics</source>
        <translation>--event는 이벤트 하나를 .ics로 저장합니다. OUT.ics 파일이나 --to ics를 쓰세요</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}: 그런 폴더가 없습니다</translation>
    </message>
    <message>
        <source>{0}: would overwrite the input; choose another output file</source>
        <translation>{0}: 입력 파일을 덮어쓰게 됩니다. 다른 출력 파일을 고르세요</translation>
    </message>
    <message>
        <source>--event {0}: no event with that id in {1}</source>
        <translation>--event {0}: {1}에 그 ID의 이벤트가 없습니다</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}: 저장할 수 없습니다 ({1})</translation>
    </message>
    <message>
        <source>1 event from {1} written as {2}</source>
        <translation>{1}의 이벤트 1개를 {2}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>{0} events from {1} written as {2}</source>
        <translation>{1}의 이벤트 {0}개를 {2}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>, read as {0}</source>
        <translation>, {0}(으)로 읽음</translation>
    </message>
    <message>
        <source>OK (1 event{1})</source>
        <translation>정상 (이벤트 1개{1})</translation>
    </message>
    <message>
        <source>OK ({0} events{1})</source>
        <translation>정상 (이벤트 {0}개{1})</translation>
    </message>
    <message>
        <source>the range is empty: its open side runs to the data&apos;s start, past the date given</source>
        <translation>범위가 비어 있습니다: 열린 쪽이 데이터의 시작까지 이어져 주어진 날짜를 지나칩니다</translation>
    </message>
    <message>
        <source>the range is empty: its open side runs to the data&apos;s end, past the date given</source>
        <translation>범위가 비어 있습니다: 열린 쪽이 데이터의 끝까지 이어져 주어진 날짜를 지나칩니다</translation>
    </message>
    <message>
        <source>use either --range or --from/--to, not both</source>
        <translation>--range와 --from/--to 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>--range {0}: expected all or FROM..TO, e.g. 2019-10-01..2019-10-31</source>
        <translation>--range {0}: all 또는 FROM..TO여야 합니다. 예: 2019-10-01..2019-10-31</translation>
    </message>
    <message>
        <source>{0}: --details writes .md or .pdf</source>
        <translation>{0}: --details는 .md나 .pdf로 저장합니다</translation>
    </message>
    <message>
        <source>{0} does not apply to --details</source>
        <translation>{0}은(는) --details에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--details PDF pages are a4 or letter</source>
        <translation>--details PDF 페이지는 a4나 letter입니다</translation>
    </message>
    <message>
        <source>--event needs --details</source>
        <translation>--event에는 --details가 필요합니다</translation>
    </message>
    <message>
        <source>{0}: unknown format {1}; export writes .png, .svg or .pdf (or .md and .pdf with --details)</source>
        <translation>{0}: 알 수 없는 형식 {1}. 내보내기는 .png, .svg, .pdf로 저장합니다 (--details와 함께라면 .md와 .pdf)</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(확장자 없음)</translation>
    </message>
    <message>
        <source>--width must be between 200 and 32767 px</source>
        <translation>--width는 200~32767 px여야 합니다</translation>
    </message>
    <message>
        <source>--height must be between 100 and 32767 px</source>
        <translation>--height는 100~32767 px여야 합니다</translation>
    </message>
    <message>
        <source>--scale must be between 0.25 and 8</source>
        <translation>--scale은 0.25~8이어야 합니다</translation>
    </message>
    <message>
        <source>--pages is for .pdf export</source>
        <translation>--pages는 .pdf 내보내기용입니다</translation>
    </message>
    <message>
        <source>--transparent is for .png and .svg export</source>
        <translation>--transparent는 .png와 .svg 내보내기용입니다</translation>
    </message>
    <message>
        <source>use either --title TEXT or --no-title, not both</source>
        <translation>--title TEXT와 --no-title 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>--event {0}: {1} has no event with this id</source>
        <translation>--event {0}: {1}에 이 ID의 이벤트가 없습니다</translation>
    </message>
    <message>
        <source>details of 1 event</source>
        <translation>이벤트 1개의 세부 정보</translation>
    </message>
    <message>
        <source>details of {0} events</source>
        <translation>이벤트 {0}개의 세부 정보</translation>
    </message>
    <message>
        <source>To make a picture without a window:</source>
        <translation>창 없이 그림을 만들려면:</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>&quot;{value}&quot; is a year, not a day; written as an all-day event over the whole of it</source>
        <translation>&quot;{value}&quot;은(는) 날짜가 아니라 연도입니다. 그 해 전체에 걸친 종일 이벤트로 저장했습니다</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is a month, not a day; written as an all-day event over the whole of it</source>
        <translation>&quot;{value}&quot;은(는) 날짜가 아니라 월입니다. 그 달 전체에 걸친 종일 이벤트로 저장했습니다</translation>
    </message>
    <message>
        <source>milliseconds dropped (iCalendar counts in seconds)</source>
        <translation>밀리초를 버렸습니다 (iCalendar는 초 단위까지만 셉니다)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is outside the years 1 to 9999 that iCalendar can write; left out</source>
        <translation>&quot;{value}&quot;은(는) iCalendar가 쓸 수 있는 1년~9999년 밖에 있어 뺐습니다</translation>
    </message>
    <message>
        <source>TimelineJS dates have no time zone; times are written as the local wall-clock time they were given in, without their UTC offset</source>
        <translation>TimelineJS 날짜에는 시간대가 없습니다. 시각은 주어진 현지 시각 그대로, UTC 오프셋 없이 저장했습니다</translation>
    </message>
    <message>
        <source>category and era colours are not kept (TimelineJS has no place for them)</source>
        <translation>범주와 시대의 색은 저장하지 않았습니다 (TimelineJS에는 둘 곳이 없습니다)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>id &quot;{given}&quot; is used twice; this one is now &quot;{new}&quot;</source>
        <translation>ID &quot;{given}&quot;이(가) 두 번 쓰였습니다. 이쪽은 이제 &quot;{new}&quot;입니다</translation>
    </message>
    <message>
        <source>longer than {limit:,} characters; cut to that length (the most this format holds)</source>
        <translation>{limit:,}자보다 깁니다. 그 길이로 잘랐습니다 (이 형식이 담을 수 있는 최대 길이)</translation>
    </message>
    <message>
        <source>{count:,} more texts were cut to the format&apos;s limits</source>
        <translation>텍스트 {count:,}개가 더 형식의 한도에 맞춰 잘렸습니다</translation>
    </message>
    <message>
        <source>{count:,} more ids were used more than once; each repeat got a number after it</source>
        <translation>ID {count:,}개가 더 두 번 이상 쓰였습니다. 반복될 때마다 뒤에 번호를 붙였습니다</translation>
    </message>
    <message>
        <source>a TimelineJS spreadsheet (CSV)</source>
        <translation>TimelineJS 스프레드시트(CSV)</translation>
    </message>
    <message>
        <source>a Timeline (thetimelineproj) XML file</source>
        <translation>Timeline(thetimelineproj) XML 파일</translation>
    </message>
    <message>
        <source>an iCalendar file</source>
        <translation>iCalendar 파일</translation>
    </message>
    <message>
        <source>timeline-app JSON, TimelineJS JSON or CSV, Timeline (.timeline) XML, or iCalendar (.ics)</source>
        <translation>timeline-app JSON, TimelineJS JSON 또는 CSV, Timeline(.timeline) XML, iCalendar(.ics)</translation>
    </message>
    <message>
        <source>the name says {promised}, but the content is not ({expected}); supported: {supported}</source>
        <translation>이름으로는 {promised}인데 내용은 그렇지 않습니다 ({expected}). 지원하는 형식: {supported}</translation>
    </message>
    <message>
        <source>not a supported timeline format; supported: {supported}</source>
        <translation>지원하는 타임라인 형식이 아닙니다. 지원하는 형식: {supported}</translation>
    </message>
    <message>
        <source>the first line must be the TimelineJS template&apos;s header, with at least Year and Headline</source>
        <translation>첫 줄은 적어도 Year와 Headline이 있는 TimelineJS 템플릿의 머리글이어야 합니다</translation>
    </message>
    <message>
        <source>the XML root must be &lt;timeline&gt;</source>
        <translation>XML 루트는 &lt;timeline&gt;이어야 합니다</translation>
    </message>
    <message>
        <source>it must start with BEGIN:VCALENDAR</source>
        <translation>BEGIN:VCALENDAR로 시작해야 합니다</translation>
    </message>
    <message>
        <source>it must start with { or [</source>
        <translation>{ 또는 [로 시작해야 합니다</translation>
    </message>
    <message>
        <source>not a readable iCalendar file ({reason})</source>
        <translation>읽을 수 있는 iCalendar 파일이 아닙니다 ({reason})</translation>
    </message>
    <message>
        <source>{count:,} events (VEVENT); the limit is {limit:,}</source>
        <translation>이벤트(VEVENT) {count:,}개: 한도는 {limit:,}개입니다</translation>
    </message>
    <message>
        <source>a date or duration runs outside the years 1 to 9999 that iCalendar holds</source>
        <translation>날짜나 기간이 iCalendar가 담는 1년~9999년 밖으로 나갑니다</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{count:,} more repeating events kept only their first occurrence ({why})</source>
        <translation>반복 이벤트 {count:,}개가 더 첫 번째 발생만 남았습니다 ({why})</translation>
    </message>
    <message>
        <source>1 more repeating event kept only its first occurrence ({why})</source>
        <translation>반복 이벤트 1개가 더 첫 번째 발생만 남았습니다 ({why})</translation>
    </message>
    <message>
        <source>{count} all-day events have a DTEND that is not after its DTSTART (DTEND is exclusive); read as one day</source>
        <translation>종일 이벤트 {count}개의 DTEND가 DTSTART보다 뒤가 아닙니다 (DTEND는 그날을 포함하지 않습니다). 하루로 읽었습니다</translation>
    </message>
    <message>
        <source>1 all-day event has a DTEND that is not after its DTSTART (DTEND is exclusive); read as one day</source>
        <translation>종일 이벤트 1개의 DTEND가 DTSTART보다 뒤가 아닙니다 (DTEND는 그날을 포함하지 않습니다). 하루로 읽었습니다</translation>
    </message>
    <message>
        <source>to-dos</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>일지 항목</translation>
    </message>
    <message>
        <source>alarms (reminders)</source>
        <translation>알람(미리 알림)</translation>
    </message>
    <message>
        <source>free/busy blocks</source>
        <translation>일정 있음/없음 구간</translation>
    </message>
    <message>
        <source>{count} {what} not kept (only events are)</source>
        <translation>{what} {count}개는 가져오지 않았습니다 (이벤트만 가져옵니다)</translation>
    </message>
    <message>
        <source>{what} of 1 event not kept (no place in this format)</source>
        <translation>이벤트 1개의 {what}은(는) 가져오지 않았습니다 (이 형식에는 둘 곳이 없습니다)</translation>
    </message>
    <message>
        <source>{what} of {count} events not kept (no place in this format)</source>
        <translation>이벤트 {count}개의 {what}은(는) 가져오지 않았습니다 (이 형식에는 둘 곳이 없습니다)</translation>
    </message>
    <message>
        <source>{what} appears {count} times; the first is used</source>
        <translation>{what}이(가) {count}번 나옵니다. 첫 번째 것을 씁니다</translation>
    </message>
    <message>
        <source>has no DTSTART; an event needs a start</source>
        <translation>DTSTART가 없습니다. 이벤트에는 시작이 있어야 합니다</translation>
    </message>
    <message>
        <source>DTSTART {value} is not a date or a date-time</source>
        <translation>DTSTART {value}은(는) 날짜나 날짜-시각이 아닙니다</translation>
    </message>
    <message>
        <source>time zone {zone} is not defined in the file nor known; times are read as written, with no UTC offset</source>
        <translation>시간대 {zone}은(는) 파일에 정의되어 있지 않고 알려진 시간대도 아닙니다. 시각은 적힌 그대로, UTC 오프셋 없이 읽었습니다</translation>
    </message>
    <message>
        <source>more than {limit:,} events; that is the limit</source>
        <translation>이벤트가 {limit:,}개보다 많습니다. 그것이 한도입니다</translation>
    </message>
    <message>
        <source>its repeat rule cannot be read ({reason}); only the first occurrence is kept</source>
        <translation>반복 규칙을 읽을 수 없습니다 ({reason}). 첫 번째 발생만 남겼습니다</translation>
    </message>
    <message>
        <source>none after {day}, {years} years after the first</source>
        <translation>{day} 이후로는 없음, 첫 발생에서 {years}년 뒤</translation>
    </message>
    <message>
        <source>at most {most} occurrences</source>
        <translation>최대 {most}개 발생</translation>
    </message>
    <message>
        <source>at most {most:,} occurrences of repeating events in one file</source>
        <translation>한 파일의 반복 이벤트 발생은 최대 {most:,}개</translation>
    </message>
    <message>
        <source>expanding the repeat rules of this file took more than {seconds:g} s</source>
        <translation>이 파일의 반복 규칙을 펼치는 데 {seconds:g}초보다 오래 걸렸습니다</translation>
    </message>
    <message>
        <source>its repeat rule cannot be expanded ({reason}); kept the occurrences before the problem</source>
        <translation>반복 규칙을 펼칠 수 없습니다 ({reason}). 문제가 생기기 전의 발생만 남겼습니다</translation>
    </message>
    <message>
        <source>repeats beyond the import bound; kept 1 occurrence ({cut}; the bound is at most {most} occurrences within {years} years)</source>
        <translation>가져오기 한계를 넘어 반복됩니다. 발생 1개를 남겼습니다 ({cut}; 한계는 {years}년 안에서 최대 {most}개입니다)</translation>
    </message>
    <message>
        <source>repeats beyond the import bound; kept {kept} occurrences ({cut}; the bound is at most {most} occurrences within {years} years)</source>
        <translation>가져오기 한계를 넘어 반복됩니다. 발생 {kept}개를 남겼습니다 ({cut}; 한계는 {years}년 안에서 최대 {most}개입니다)</translation>
    </message>
    <message>
        <source>kept {kept:,} of its {count:,} occurrences: the copies of repeating events in one file may hold at most {records:,} attendees, tags and links and {chars:,} characters of text</source>
        <translation>발생 {count:,}개 중 {kept:,}개를 남겼습니다: 한 파일에서 반복 이벤트의 복사본은 참석자·태그·링크를 합쳐 최대 {records:,}개, 텍스트를 최대 {chars:,}자까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>{count} time zone repeat rules that are not a yearly change, such as {rule!r}, ignored (a zone changes its offset at most a few times a year)</source>
        <translation>연 단위 변경이 아닌 시간대 반복 규칙 {count}개(예: {rule!r})를 무시했습니다 (시간대는 오프셋을 한 해에 많아야 몇 번 바꿉니다)</translation>
    </message>
    <message>
        <source>1 time zone repeat rule that is not a yearly change, such as {rule!r}, ignored (a zone changes its offset at most a few times a year)</source>
        <translation>연 단위 변경이 아닌 시간대 반복 규칙 1개({rule!r})를 무시했습니다 (시간대는 오프셋을 한 해에 많아야 몇 번 바꿉니다)</translation>
    </message>
    <message>
        <source>{dropped:,} attendees of {events:,} events not kept (in a file of more than {most:,} attendees, an event keeps its first {first:,})</source>
        <translation>이벤트 {events:,}개의 참석자 {dropped:,}명을 가져오지 않았습니다 (참석자가 {most:,}명보다 많은 파일에서는 이벤트마다 처음 {first:,}명만 남깁니다)</translation>
    </message>
    <message>
        <source>{dropped:,} attendees of 1 event not kept (in a file of more than {most:,} attendees, an event keeps its first {first:,})</source>
        <translation>이벤트 1개의 참석자 {dropped:,}명을 가져오지 않았습니다 (참석자가 {most:,}명보다 많은 파일에서는 이벤트마다 처음 {first:,}명만 남깁니다)</translation>
    </message>
    <message>
        <source>has no SUMMARY; titled &quot;Untitled event&quot;</source>
        <translation>SUMMARY가 없습니다. 제목을 &quot;Untitled event&quot;로 붙였습니다</translation>
    </message>
    <message>
        <source>URL {url} is not an http(s) link; dropped</source>
        <translation>URL {url}은(는) http(s) 링크가 아니어서 뺐습니다</translation>
    </message>
    <message>
        <source>XML syntax error: {error}</source>
        <translation>XML 구문 오류: {error}</translation>
    </message>
    <message>
        <source>refused unsafe XML ({kind})</source>
        <translation>안전하지 않은 XML이라 거부했습니다 ({kind})</translation>
    </message>
    <message>
        <source>encoding {name!r}</source>
        <translation>인코딩 {name!r}</translation>
    </message>
    <message>
        <source>its encoding</source>
        <translation>자신의 인코딩</translation>
    </message>
    <message>
        <source>the XML declares {declared}, which cannot be read ({error}); save it as UTF-8</source>
        <translation>XML이 선언한 {declared}을(를) 읽을 수 없습니다 ({error}). UTF-8로 저장하세요</translation>
    </message>
    <message>
        <source>the XML root is &lt;{tag}&gt;, not &lt;timeline&gt;</source>
        <translation>XML 루트가 &lt;timeline&gt;이 아니라 &lt;{tag}&gt;입니다</translation>
    </message>
    <message>
        <source>this timeline uses the {calendar} time type, not Gregorian dates; only Gregorian timelines can be opened</source>
        <translation>이 타임라인은 그레고리력 날짜가 아니라 {calendar} 시간 유형을 씁니다. 그레고리력 타임라인만 열 수 있습니다</translation>
    </message>
    <message>
        <source>{count:,} events; the limit is {limit:,}</source>
        <translation>이벤트 {count:,}개: 한도는 {limit:,}개입니다</translation>
    </message>
    <message>
        <source>the saved &quot;now&quot; time is not kept</source>
        <translation>저장된 &quot;now&quot; 시각은 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>missing; read as a version 2 file</source>
        <translation>없습니다. 버전 2 파일로 읽었습니다</translation>
    </message>
    <message>
        <source>a category without a name; ignored</source>
        <translation>이름 없는 범주라 무시했습니다</translation>
    </message>
    <message>
        <source>{count} categories have a parent; categories here are flat, so each event is also tagged with its category&apos;s parents</source>
        <translation>범주 {count}개에 상위 범주가 있습니다. 여기서는 범주가 한 단계뿐이라, 각 이벤트에 그 범주의 상위 범주도 태그로 붙였습니다</translation>
    </message>
    <message>
        <source>1 category has a parent; categories here are flat, so each event is also tagged with its category&apos;s parents</source>
        <translation>범주 1개에 상위 범주가 있습니다. 여기서는 범주가 한 단계뿐이라, 각 이벤트에 그 범주의 상위 범주도 태그로 붙였습니다</translation>
    </message>
    <message>
        <source>start {start} or end {end} is not a time like &quot;2021-10-13 13:23:09&quot;</source>
        <translation>시작 {start} 또는 끝 {end}이(가) &quot;2021-10-13 13:23:09&quot; 같은 시각이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a time like &quot;2021-10-13 13:23:09&quot;</source>
        <translation>{value}은(는) &quot;2021-10-13 13:23:09&quot; 같은 시각이 아닙니다</translation>
    </message>
    <message>
        <source>empty; the event is titled &quot;Untitled event&quot;</source>
        <translation>비어 있습니다. 이벤트 제목을 &quot;Untitled event&quot;로 붙였습니다</translation>
    </message>
    <message>
        <source>{link!r} is not an http(s) link; kept in the note</source>
        <translation>{link!r}은(는) http(s) 링크가 아닙니다. 메모에 남겼습니다</translation>
    </message>
    <message>
        <source>{count:,} more links that are not http(s) links; kept in the note</source>
        <translation>http(s)가 아닌 링크 {count:,}개가 더 있습니다. 메모에 남겼습니다</translation>
    </message>
    <message>
        <source>belongs to container ({number}), which is not in the file</source>
        <translation>컨테이너 ({number})에 속하는데, 그 컨테이너가 파일에 없습니다</translation>
    </message>
    <message>
        <source>{count} containers: each is an event tagged &quot;container&quot;, and its subevents list it under related events</source>
        <translation>컨테이너 {count}개: 각각 &quot;container&quot; 태그가 붙은 이벤트가 되고, 하위 이벤트의 관련 이벤트에 들어갑니다</translation>
    </message>
    <message>
        <source>1 container: each is an event tagged &quot;container&quot;, and its subevents list it under related events</source>
        <translation>컨테이너 1개: &quot;container&quot; 태그가 붙은 이벤트가 되고, 하위 이벤트의 관련 이벤트에 들어갑니다</translation>
    </message>
    <message>
        <source>the first line is not the TimelineJS template&apos;s header (it needs at least the columns Year and Headline)</source>
        <translation>첫 줄이 TimelineJS 템플릿의 머리글이 아닙니다 (적어도 Year와 Headline 열이 있어야 합니다)</translation>
    </message>
    <message>
        <source>CSV error: {error}</source>
        <translation>CSV 오류: {error}</translation>
    </message>
    <message>
        <source>{names} and {count:,} more</source>
        <translation>{names} 외 {count:,}개</translation>
    </message>
    <message>
        <source>columns {names} not in the TimelineJS template; ignored</source>
        <translation>열 {names}은(는) TimelineJS 템플릿에 없어서 무시했습니다</translation>
    </message>
    <message>
        <source>column {names} not in the TimelineJS template; ignored</source>
        <translation>열 {names}은(는) TimelineJS 템플릿에 없어서 무시했습니다</translation>
    </message>
    <message>
        <source>more than {limit:,} rows; the limit is {limit:,} events</source>
        <translation>행이 {limit:,}개보다 많습니다. 한도는 이벤트 {limit:,}개입니다</translation>
    </message>
    <message>
        <source>a second title row; kept as an event, as TimelineJS does</source>
        <translation>두 번째 제목 행입니다. TimelineJS처럼 이벤트로 남겼습니다</translation>
    </message>
    <message>
        <source>a cell longer than {limit:,} characters (the limit for one cell)</source>
        <translation>{limit:,}자보다 긴 셀 (셀 하나의 한도)</translation>
    </message>
    <message>
        <source>{value} is not a time ({reason})</source>
        <translation>{value}은(는) 시각이 아닙니다 ({reason})</translation>
    </message>
    <message>
        <source>must be an object like {&quot;year&quot;: 1969, &quot;month&quot;: 7}</source>
        <translation>{&quot;year&quot;: 1969, &quot;month&quot;: 7} 같은 객체여야 합니다</translation>
    </message>
    <message>
        <source>is required (a date needs at least a year)</source>
        <translation>필수입니다 (날짜에는 적어도 연도가 있어야 합니다)</translation>
    </message>
    <message>
        <source>the timeline is on the cosmological scale, where TimelineJS uses only the year; the month, day and time are kept</source>
        <translation>이 타임라인은 우주적 척도여서 TimelineJS는 연도만 씁니다. 월, 일, 시각은 그대로 남겼습니다</translation>
    </message>
    <message>
        <source>{value} is out of range ({low} to {high})</source>
        <translation>{value}은(는) 범위({low}~{high})를 벗어납니다</translation>
    </message>
    <message>
        <source>{year} is outside the supported span (years within 100 billion of year 0)</source>
        <translation>{year}은(는) 지원하는 범위(0년에서 1000억 년 이내) 밖입니다</translation>
    </message>
    <message>
        <source>year 0 has no BCE/CE name (TimelineJS shows &quot;0&quot;); read as 1 BCE</source>
        <translation>0년에는 기원전/기원후 이름이 없습니다 (TimelineJS는 &quot;0&quot;으로 표시). 기원전 1년으로 읽었습니다</translation>
    </message>
    <message>
        <source>a time of day without a day; read as day 1, as TimelineJS does</source>
        <translation>일 없이 시각만 있습니다. TimelineJS처럼 1일로 읽었습니다</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>is required when a day is given</source>
        <translation>일이 주어지면 필수입니다</translation>
    </message>
    <message>
        <source>{day} does not exist in that month, which has {days} days</source>
        <translation>{day}일은 그 달에 없습니다. 그 달은 {days}일까지 있습니다</translation>
    </message>
    <message>
        <source>{value} is not a TimelineJS scale (&quot;human&quot; or &quot;cosmological&quot;); ignored</source>
        <translation>{value}은(는) TimelineJS 척도(&quot;human&quot; 또는 &quot;cosmological&quot;)가 아니어서 무시했습니다</translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation>객체 {...}여야 합니다</translation>
    </message>
    <message>
        <source>is required (TimelineJS: &quot;Missing start_date&quot;)</source>
        <translation>필수입니다 (TimelineJS: &quot;Missing start_date&quot;)</translation>
    </message>
    <message>
        <source>empty headline; the event is titled &quot;{title}&quot; from its text</source>
        <translation>헤드라인이 비어 있습니다. 본문에서 따와 이벤트 제목을 &quot;{title}&quot;(으)로 붙였습니다</translation>
    </message>
    <message>
        <source>empty headline; the event is titled &quot;Untitled event&quot;</source>
        <translation>헤드라인이 비어 있습니다. 이벤트 제목을 &quot;Untitled event&quot;로 붙였습니다</translation>
    </message>
    <message>
        <source>era &quot;{label}&quot; needs a start_date and an end_date (TimelineJS requires both); dropped</source>
        <translation>시대 &quot;{label}&quot;에는 start_date와 end_date가 있어야 합니다 (TimelineJS는 둘 다 요구합니다). 뺐습니다</translation>
    </message>
    <message>
        <source>is not a slide object; ignored</source>
        <translation>슬라이드 객체가 아니어서 무시했습니다</translation>
    </message>
    <message>
        <source>no title slide; the timeline is titled &quot;{name}&quot; after the file</source>
        <translation>제목 슬라이드가 없습니다. 파일 이름을 따서 타임라인 제목을 &quot;{name}&quot;(으)로 붙였습니다</translation>
    </message>
    <message>
        <source>the title slide has no headline; the timeline is titled &quot;{name}&quot; after the file</source>
        <translation>제목 슬라이드에 헤드라인이 없습니다. 파일 이름을 따서 타임라인 제목을 &quot;{name}&quot;(으)로 붙였습니다</translation>
    </message>
    <message>
        <source>must be a list of slides</source>
        <translation>슬라이드 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{count:,} slides; the limit is {limit:,} events</source>
        <translation>슬라이드 {count:,}개: 한도는 이벤트 {limit:,}개입니다</translation>
    </message>
    <message>
        <source>is not a list; ignored</source>
        <translation>목록이 아니어서 무시했습니다</translation>
    </message>
    <message>
        <source>{what} of 1 slide are not kept (this format has no place for them)</source>
        <translation>슬라이드 1개의 {what}은(는) 가져오지 않았습니다 (이 형식에는 둘 곳이 없습니다)</translation>
    </message>
    <message>
        <source>{what} of {count} slides are not kept (this format has no place for them)</source>
        <translation>슬라이드 {count}개의 {what}은(는) 가져오지 않았습니다 (이 형식에는 둘 곳이 없습니다)</translation>
    </message>
    <message>
        <source>the top level must be a JSON object {...}</source>
        <translation>최상위는 JSON 객체 {...}여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is used twice</source>
        <translation>&quot;{id}&quot;이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>&quot;{end}&quot; is before the start &quot;{start}&quot;</source>
        <translation>&quot;{end}&quot;이(가) 시작 &quot;{start}&quot;보다 앞섭니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is not the id of a source</source>
        <translation>&quot;{id}&quot;은(는) 출처의 ID가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is not the id of a category</source>
        <translation>&quot;{id}&quot;은(는) 범주의 ID가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is not the id of an event</source>
        <translation>&quot;{id}&quot;은(는) 이벤트의 ID가 아닙니다</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>필수입니다</translation>
    </message>
    <message>
        <source>{value} is not an http(s) URL</source>
        <translation>{value}은(는) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a colour like &quot;#1f77b4&quot;</source>
        <translation>{value}은(는) &quot;#1f77b4&quot; 같은 색이 아닙니다</translation>
    </message>
    <message>
        <source>{error} (got {value})</source>
        <translation>{error} (받은 값: {value})</translation>
    </message>
    <message>
        <source>&quot;{end}&quot; is before the start</source>
        <translation>&quot;{end}&quot;이(가) 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>is {size}; the limit is {limit}</source>
        <translation>크기가 {size}입니다. 한도는 {limit}입니다</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit}</source>
        <translation>한도 {limit}보다 큽니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a timeline file</source>
        <translation>타임라인 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>권한이 없습니다: 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>is UTF-16 or UTF-32 text; save it as UTF-8</source>
        <translation>UTF-16 또는 UTF-32 텍스트입니다. UTF-8로 저장하세요</translation>
    </message>
    <message>
        <source>looks like UTF-16 text (a zero byte beside each letter); save it as UTF-8</source>
        <translation>UTF-16 텍스트로 보입니다 (글자마다 옆에 0 바이트가 있음). UTF-8로 저장하세요</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>UTF-8 텍스트가 아닙니다 (오프셋 {offset}에 잘못된 바이트)</translation>
    </message>
    <message>
        <source>a number with {digits:,} digits is too large</source>
        <translation>{digits:,}자리 숫자는 너무 큽니다</translation>
    </message>
    <message>
        <source>JSON syntax error: {error}</source>
        <translation>JSON 구문 오류: {error}</translation>
    </message>
    <message>
        <source>JSON nested {note}</source>
        <translation>JSON 중첩: {note}</translation>
    </message>
    <message>
        <source>JSON error: {error}</source>
        <translation>JSON 오류: {error}</translation>
    </message>
    <message>
        <source>the key {key} {problem}</source>
        <translation>키 {key}: {problem}</translation>
    </message>
    <message>
        <source>holds {escape}, half of a UTF-16 surrogate pair without its other half, which is no character; write the character itself</source>
        <translation>{escape}이(가) 들어 있습니다. 짝 없는 UTF-16 서로게이트 쌍의 반쪽이라 문자가 아닙니다. 문자 자체를 쓰세요</translation>
    </message>
    <message>
        <source>{value} is not &quot;{name}&quot;</source>
        <translation>{value}은(는) &quot;{name}&quot;이(가) 아닙니다</translation>
    </message>
    <message>
        <source>{version} is newer than this app reads ({reads}); update timeline-app</source>
        <translation>{version}은(는) 이 앱이 읽는 버전({reads})보다 새롭습니다. timeline-app을 업데이트하세요</translation>
    </message>
    <message>
        <source>missing; read as &quot;{name}&quot; version {version}</source>
        <translation>없습니다. &quot;{name}&quot; 버전 {version}(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line}행</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}행 {column}열</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>문제 {count}개</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>… 외 {count}개</translation>
    </message>
    <message>
        <source>{message} ({count:,} times; first at {place})</source>
        <translation>{message} ({count:,}번; 처음은 {place})</translation>
    </message>
    <message>
        <source>{message} ({count:,} times; first shown)</source>
        <translation>{message} ({count:,}번; 처음 것을 표시)</translation>
    </message>
    <message>
        <source>expected a date string like &quot;2019-10-14&quot;, got {kind}</source>
        <translation>&quot;2019-10-14&quot; 같은 날짜 문자열이어야 하는데 {kind}입니다</translation>
    </message>
    <message>
        <source>unknown key, ignored (did you mean &quot;{hint}&quot;?)</source>
        <translation>알 수 없는 키라 무시했습니다 (&quot;{hint}&quot;을(를) 뜻했나요?)</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>알 수 없는 키라 무시했습니다</translation>
    </message>
    <message>
        <source>{q} is outside the supported span (years within 100 billion of year 0)</source>
        <translation>{q}은(는) 지원하는 범위(0년에서 1000억 년 이내) 밖입니다</translation>
    </message>
    <message>
        <source>{text!r} is not a date (expected text, got {kind})</source>
        <translation>{text!r}은(는) 날짜가 아닙니다 (텍스트여야 하는데 {kind}입니다)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (month {month} does not exist)</source>
        <translation>&quot;{text}&quot;은(는) 날짜가 아닙니다 ({month}월은 없습니다)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time (hour {hour} does not exist; hours run 00 to 23)</source>
        <translation>&quot;{text}&quot;은(는) 시각이 아닙니다 ({hour}시는 없습니다. 시는 00~23입니다)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time (minute {minute} does not exist; minutes run 00 to 59)</source>
        <translation>&quot;{text}&quot;은(는) 시각이 아닙니다 ({minute}분은 없습니다. 분은 00~59입니다)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time (second {second} does not exist; seconds run 00 to 59)</source>
        <translation>&quot;{text}&quot;은(는) 시각이 아닙니다 ({second}초는 없습니다. 초는 00~59입니다)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time (the UTC offset {offset} does not exist)</source>
        <translation>&quot;{text}&quot;은(는) 시각이 아닙니다 (UTC 오프셋 {offset}은(는) 없습니다)</translation>
    </message>
    <message>
        <source>{end} is not after {start}</source>
        <translation>{end}이(가) {start}보다 뒤가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date ({year} is not a leap year, so February has 28 days)</source>
        <translation>&quot;{text}&quot;은(는) 날짜가 아닙니다 ({year}년은 윤년이 아니라서 2월은 28일까지입니다)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (day {day} does not exist in that month, which has {days} days)</source>
        <translation>&quot;{text}&quot;은(는) 날짜가 아닙니다 ({day}일은 그 달에 없습니다. 그 달은 {days}일까지 있습니다)</translation>
    </message>
    <message>
        <source>&quot;&quot; is not a date (the text is empty)</source>
        <translation>&quot;&quot;은(는) 날짜가 아닙니다 (텍스트가 비어 있습니다)</translation>
    </message>
    <message>
        <source>{q} is not a date (it is only spaces)</source>
        <translation>{q}은(는) 날짜가 아닙니다 (공백뿐입니다)</translation>
    </message>
    <message>
        <source>{q} is not a date (remove the spaces around it)</source>
        <translation>{q}은(는) 날짜가 아닙니다 (앞뒤의 공백을 지우세요)</translation>
    </message>
    <message>
        <source>{q} is not a date (years after 9999 need a sign, as in +{digits})</source>
        <translation>{q}은(는) 날짜가 아닙니다 (9999년 이후의 연도에는 +{digits}처럼 부호가 있어야 합니다)</translation>
    </message>
    <message>
        <source>{q} is not a date (write the year with 4 digits, as in {year:04d})</source>
        <translation>{q}은(는) 날짜가 아닙니다 ({year:04d}처럼 연도를 4자리로 쓰세요)</translation>
    </message>
    <message>
        <source>{q} is not a date (a signed year needs at least 4 digits, as in -0500)</source>
        <translation>{q}은(는) 날짜가 아닙니다 (부호가 있는 연도는 -0500처럼 적어도 4자리여야 합니다)</translation>
    </message>
    <message>
        <source>{q} is not a date (separate the date and the time with T, as in 2019-10-14T15:00)</source>
        <translation>{q}은(는) 날짜가 아닙니다 (2019-10-14T15:00처럼 날짜와 시각 사이에 T를 쓰세요)</translation>
    </message>
    <message>
        <source>{q} is not a date (expected {shapes})</source>
        <translation>{q}은(는) 날짜가 아닙니다 ({shapes} 형식이어야 합니다)</translation>
    </message>
    <message>
        <source>is too big to load in the memory available</source>
        <translation>사용할 수 있는 메모리에 불러오기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>너무 깊이 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>could not be read (unexpected error: {error}); the details are in {log}</source>
        <translation>읽지 못했습니다 (예기치 않은 오류: {error}). 자세한 내용은 {log}에 있습니다</translation>
    </message>
    <message>
        <source>could not be read (unexpected error: {error})</source>
        <translation>읽지 못했습니다 (예기치 않은 오류: {error})</translation>
    </message>
    <message>
        <source>deeper than Python&apos;s JSON parser allows (about 1,000 levels on Python 3.11)</source>
        <translation>Python의 JSON 파서가 허용하는 것보다 깊습니다 (Python 3.11에서 약 1,000단계)</translation>
    </message>
</context>
</TS>
