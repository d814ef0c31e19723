<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Workshopstöd</source>
      <translation>Om Workshopstöd</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <source>Guides a local working group through Brå's workshop on crime and insecurity linked to parallel social structures.</source>
      <translation>Stöd för att leda en lokal arbetsgrupp genom Brås workshop om brott och otrygghet med koppling till parallella samhällsstrukturer.</translation>
    </message>
    <message>
      <source>Brå – Brottsförebyggande rådet (the Swedish National Council for Crime Prevention)</source>
      <translation>Brå – Brottsförebyggande rådet</translation>
    </message>
    <message>
      <source>%1 licence: free to use, copy, change and share, without warranty.</source>
      <translation>%1-licens: fri att använda, kopiera, ändra och dela, utan garantier.</translation>
    </message>
    <message>
      <source>not open yet</source>
      <translation>inte öppnad än</translation>
    </message>
    <message>
      <source>The method:</source>
      <translation>Metoden:</translation>
    </message>
    <message>
      <source>Method pack:</source>
      <translation>Metodpaket:</translation>
    </message>
    <message>
      <source>Licence:</source>
      <translation>Licens:</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>Datamapp:</translation>
    </message>
    <message>
      <source>Workshops stored in:</source>
      <translation>Workshopar sparas i:</translation>
    </message>
    <message>
      <source>Built with:</source>
      <translation>Byggd med:</translation>
    </message>
    <message>
      <source>not loaded yet</source>
      <translation>inte inläst än</translation>
    </message>
    <message>
      <source>%1, version %2</source>
      <translation>%1, version %2</translation>
    </message>
    <message>
      <source>(draft)</source>
      <translation>(utkast)</translation>
    </message>
  </context>
  <context>
    <name>AgendaDialog</name>
    <message>
      <source>Agenda: planned and used time</source>
      <translation>Agenda: planerad och använd tid</translation>
    </message>
    <message>
      <source>Planned minutes per step against the time the step timer measured. The difference counts the steps the group has finished or run over. The plan is the group's: type new minutes in Planned time (F2 or a number).</source>
      <translation>Planerade minuter per steg mot den tid som stegtimern har mätt. Skillnaden räknar de steg som gruppen har avslutat eller dragit över. Planen är gruppens: skriv nya minuter under Planerad tid (F2 eller en siffra).</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Steg</translation>
    </message>
    <message>
      <source>Planned time</source>
      <translation>Planerad tid</translation>
    </message>
    <message>
      <source>Used time</source>
      <translation>Använd tid</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Skillnad</translation>
    </message>
    <message>
      <source>Planned and used</source>
      <translation>Planerat och använt</translation>
    </message>
    <message>
      <source>Outline: planned time. Blue: time used within the plan. Red: over time.</source>
      <translation>Ram: planerad tid. Blått: använd tid inom planen. Rött: övertid.</translation>
    </message>
    <message>
      <source>&amp;Fit the plan to the meeting</source>
      <translation>&amp;Anpassa planen till mötet</translation>
    </message>
    <message>
      <source>Change the time plan</source>
      <translation>Ändra tidsplanen</translation>
    </message>
    <message>
      <source>The meeting %1 %2–%3 is %4 minutes: scale the steps' minutes to it</source>
      <translation>Mötet %1 %2–%3 är %4 minuter: skala om stegens minuter till det</translation>
    </message>
    <message>
      <source>Enter the meeting's date, start and end on Preparation first</source>
      <translation>Ange först mötets datum, start och slut under Förberedelse</translation>
    </message>
    <message>
      <source>Fit the plan to the meeting</source>
      <translation>Anpassa planen till mötet</translation>
    </message>
    <message>
      <source>The meeting is too short for the steps: change its times first.</source>
      <translation>Mötet är för kort för stegen: ändra först dess tider.</translation>
    </message>
    <message>
      <source>Fit the time plan to the meeting</source>
      <translation>Anpassa tidsplanen till mötet</translation>
    </message>
    <message>
      <source>Marked as done</source>
      <translation>Markerat som klart</translation>
    </message>
    <message>
      <source>%1 left</source>
      <translation>%1 kvar</translation>
    </message>
    <message>
      <source>%1 planned, %2 used</source>
      <translation>%1 planerat, %2 använt</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <source>Over (+) or under (−) plan, for the steps finished or run over</source>
      <translation>Över (+) eller under (−) planen, för de steg som är klara eller har dragit över tiden</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Type the planned minutes (F2 or a number)</source>
      <translation>Skriv de planerade minuterna (F2 eller en siffra)</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Workshopstöd is already open</source>
      <translation>Workshopstöd är redan öppet</translation>
    </message>
    <message>
      <source>Another Workshopstöd is using this data folder:
%1

Close it first, or switch to its window.</source>
      <translation>Ett annat Workshopstöd använder den här datamappen:
%1

Stäng det först, eller byt till dess fönster.</translation>
    </message>
    <message>
      <source>The data could not be opened</source>
      <translation>Det gick inte att öppna databasen</translation>
    </message>
    <message>
      <source>%1

Nothing was changed. Details are in the log file:
%2</source>
      <translation>%1

Ingenting har ändrats. Detaljer finns i loggfilen:
%2</translation>
    </message>
  </context>
  <context>
    <name>ApplicationController</name>
    <message>
      <source>&amp;Database…</source>
      <translation>&amp;Databas…</translation>
    </message>
    <message>
      <source>Where the workshops are kept: on this computer or in a shared database</source>
      <translation>Var workshoparna sparas: på den här datorn eller i en gemensam databas</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
      <source>&amp;About Workshopstöd</source>
      <translation>&amp;Om Workshopstöd</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>The new language is used the next time Workshopstöd starts.</source>
      <translation>Det nya språket används nästa gång Workshopstöd startas.</translation>
    </message>
  </context>
  <context>
    <name>BackupController</name>
    <message>
      <source>Restore from &amp;backup…</source>
      <translation>Återställ från &amp;säkerhetskopia…</translation>
    </message>
    <message>
      <source>The database was damaged</source>
      <translation>Databasen var skadad</translation>
    </message>
    <message>
      <source>The database could not be read and has been kept unchanged in
%1

There is no backup to go back to; Workshopstöd starts with an empty database.</source>
      <translation>Databasen gick inte att läsa och har sparats oförändrad i
%1

Det finns ingen säkerhetskopia att gå tillbaka till; Workshopstöd startar med en tom databas.</translation>
    </message>
    <message>
      <source>The database could not be read and has been kept unchanged in
%1

Restore the newest good backup from %2 (%3)?</source>
      <translation>Databasen gick inte att läsa och har sparats oförändrad i
%1

Vill du återställa den senaste fungerande säkerhetskopian från %2 (%3)?</translation>
    </message>
    <message>
      <source>The backup was restored.</source>
      <translation>Säkerhetskopian är återställd.</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
      <source>The workshops are kept in a shared database (%1). Workshopstöd makes no backups of it; the backups of the database server apply. Ask its administrator to restore one.</source>
      <translation>Workshoparna sparas i en delad databas (%1). Workshopstöd gör inga säkerhetskopior av den; databasserverns egna säkerhetskopior gäller. Be dess administratör att återställa en.</translation>
    </message>
    <message>
      <source>1 workshop</source>
      <translation>1 workshop</translation>
    </message>
    <message>
      <source>%1 workshops</source>
      <translation>%1 workshopar</translation>
    </message>
  </context>
  <context>
    <name>BoardModel</name>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Extent</source>
      <translation>Omfattning</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Certainty</source>
      <translation>Tillförlitlighet</translation>
    </message>
    <message>
      <source>%1 of %2 assessed</source>
      <translation>%1 av %2 bedömda</translation>
    </message>
    <message>
      <source>Problem area: %1</source>
      <translation>Problemområde: %1</translation>
    </message>
    <message>
      <source>%1 – knowledge gap: no organisation has information on it</source>
      <translation>%1 – kunskapslucka: ingen organisation har information om den</translation>
    </message>
    <message>
      <source>Keys: 1 observed, 2 not observed, 3 unknown, 0 not assessed</source>
      <translation>Tangenter: 1 observerad, 2 inte observerad, 3 okänt, 0 inte bedömd</translation>
    </message>
  </context>
  <context>
    <name>Captions</name>
    <message>
      <source>Step %1 of %2</source>
      <translation>Steg %1 av %2</translation>
    </message>
    <message>
      <source>Page %1/%2</source>
      <translation>Sida %1/%2</translation>
    </message>
    <message>
      <source>+ %1 more on the next page</source>
      <translation>+ %1 till på nästa sida</translation>
    </message>
    <message>
      <source>continued</source>
      <translation>fortsättning</translation>
    </message>
    <message>
      <source>+ %1 more</source>
      <translation>+ %1 till</translation>
    </message>
    <message>
      <source>1 vote</source>
      <translation>1 röst</translation>
    </message>
    <message>
      <source>%1 votes</source>
      <translation>%1 röster</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>votes</source>
      <translation>röster</translation>
    </message>
    <message>
      <source>NEW</source>
      <translation>NY</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Paus</translation>
    </message>
    <message>
      <source>over time</source>
      <translation>övertid</translation>
    </message>
    <message>
      <source>Causes</source>
      <translation>Orsaker</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Åtgärder</translation>
    </message>
    <message>
      <source>No causes yet</source>
      <translation>Inga orsaker än</translation>
    </message>
    <message>
      <source>No measures yet</source>
      <translation>Inga åtgärder än</translation>
    </message>
    <message>
      <source>Nothing captured yet</source>
      <translation>Inget är antecknat än</translation>
    </message>
    <message>
      <source>Vote result: measures</source>
      <translation>Röstresultat: åtgärder</translation>
    </message>
    <message>
      <source>Vote result: problems</source>
      <translation>Röstresultat: problem</translation>
    </message>
    <message>
      <source>%1 votes in all</source>
      <translation>%1 röster totalt</translation>
    </message>
    <message>
      <source>Nothing to vote on yet</source>
      <translation>Inget att rösta om än</translation>
    </message>
    <message>
      <source>Place: %1</source>
      <translation>Plats: %1</translation>
    </message>
    <message>
      <source>Priority %1</source>
      <translation>Prioritet %1</translation>
    </message>
    <message>
      <source>Prioritised</source>
      <translation>Prioriterat</translation>
    </message>
    <message>
      <source>Knowledge gap</source>
      <translation>Kunskapslucka</translation>
    </message>
    <message>
      <source>Lead: %1</source>
      <translation>Ansvarig: %1</translation>
    </message>
    <message>
      <source>Not rated yet</source>
      <translation>Inte bedömd än</translation>
    </message>
    <message>
      <source>Don't know</source>
      <translation>Vet ej</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Vem: %1</translation>
    </message>
    <message>
      <source>By %1</source>
      <translation>Senast %1</translation>
    </message>
    <message>
      <source>To the steering group</source>
      <translation>Till styrgruppen</translation>
    </message>
    <message>
      <source>Follow-up meeting</source>
      <translation>Uppföljningsmöte</translation>
    </message>
    <message>
      <source>Follow-up meeting %1 – %2</source>
      <translation>Uppföljningsmöte %1 – %2</translation>
    </message>
    <message>
      <source>Action plan review</source>
      <translation>Genomgång av åtgärdsplanen</translation>
    </message>
    <message>
      <source>Indicators: then and now</source>
      <translation>Indikatorerna: då och nu</translation>
    </message>
    <message>
      <source>Goal attainment</source>
      <translation>Måluppfyllelse</translation>
    </message>
    <message>
      <source>No follow-up meeting started yet</source>
      <translation>Inget uppföljningsmöte har startats än</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Försenad</translation>
    </message>
    <message>
      <source>Due by this meeting</source>
      <translation>Ska vara klar till detta möte</translation>
    </message>
    <message>
      <source>more than before</source>
      <translation>mer än förra gången</translation>
    </message>
    <message>
      <source>less than before</source>
      <translation>mindre än förra gången</translation>
    </message>
    <message>
      <source>the same as before</source>
      <translation>samma som förra gången</translation>
    </message>
    <message>
      <source>cannot be compared</source>
      <translation>kan inte jämföras</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Inte påbörjat</translation>
    </message>
    <message>
      <source>On the way</source>
      <translation>På väg</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Uppnått</translation>
    </message>
    <message>
      <source>Not reached</source>
      <translation>Inte uppnått</translation>
    </message>
    <message>
      <source>Goal attainment: %1</source>
      <translation>Måluppfyllelse: %1</translation>
    </message>
    <message>
      <source>Goal attainment not judged at this meeting</source>
      <translation>Måluppfyllelsen är inte bedömd vid detta möte</translation>
    </message>
    <message>
      <source>Goal by %1</source>
      <translation>Mål till %1</translation>
    </message>
    <message>
      <source>Earlier: %1</source>
      <translation>Tidigare: %1</translation>
    </message>
    <message>
      <source>Now: %1</source>
      <translation>Nu: %1</translation>
    </message>
    <message>
      <source>Now: not reassessed yet</source>
      <translation>Nu: inte ombedömd än</translation>
    </message>
    <message>
      <source>Comment: %1</source>
      <translation>Kommentar: %1</translation>
    </message>
    <message>
      <source>Goal: %1</source>
      <translation>Mål: %1</translation>
    </message>
    <message>
      <source>Shown by: %1</source>
      <translation>Syns i: %1</translation>
    </message>
    <message>
      <source>Done: %1</source>
      <translation>Gjort: %1</translation>
    </message>
    <message>
      <source>Cooperation: %1</source>
      <translation>Samverkan: %1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>Förändring: %1</translation>
    </message>
    <message>
      <source>certainty: %1</source>
      <translation>säkerhet: %1</translation>
    </message>
    <message>
      <source>Extent: none</source>
      <translation>Omfattning: ingen</translation>
    </message>
    <message>
      <source>Extent: some</source>
      <translation>Omfattning: viss</translation>
    </message>
    <message>
      <source>Extent: considerable</source>
      <translation>Omfattning: betydande</translation>
    </message>
    <message>
      <source>Extent: extensive</source>
      <translation>Omfattning: omfattande</translation>
    </message>
    <message>
      <source>Increasing</source>
      <translation>Ökar</translation>
    </message>
    <message>
      <source>Stable</source>
      <translation>Oförändrad</translation>
    </message>
    <message>
      <source>Decreasing</source>
      <translation>Minskar</translation>
    </message>
    <message>
      <source>Trend unknown</source>
      <translation>Trend okänd</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planerad</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Pågår</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Avbruten</translation>
    </message>
  </context>
  <context>
    <name>CauseDetails</name>
    <message>
      <source>Cause</source>
      <translation>Orsak</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>Gren</translation>
    </message>
    <message>
      <source>Direct or underlying</source>
      <translation>Direkt eller bakomliggande</translation>
    </message>
    <message>
      <source>How certain are we?</source>
      <translation>Hur säkra är vi?</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>What the cause rests on</source>
      <translation>Vad orsaken grundar sig på</translation>
    </message>
    <message>
      <source>Statistics, case records, observations, experience …</source>
      <translation>Statistik, ärenden, iakttagelser, erfarenhet …</translation>
    </message>
    <message>
      <source>&amp;Cause</source>
      <translation>&amp;Orsak</translation>
    </message>
    <message>
      <source>B&amp;ranch</source>
      <translation>Gre&amp;n</translation>
    </message>
    <message>
      <source>D&amp;irect or underlying</source>
      <translation>&amp;Direkt eller bakomliggande</translation>
    </message>
    <message>
      <source>Cer&amp;tainty</source>
      <translation>Tillförli&amp;tlighet</translation>
    </message>
    <message>
      <source>Evide&amp;nce</source>
      <translation>Und&amp;erlag</translation>
    </message>
    <message>
      <source>A sub-cause sits on the branch of the cause above it.</source>
      <translation>En underorsak hör till samma gren som orsaken ovanför den.</translation>
    </message>
  </context>
  <context>
    <name>CauseEdits</name>
    <message>
      <source>Add sub-cause</source>
      <translation>lägg till underorsak</translation>
    </message>
    <message>
      <source>Add cause</source>
      <translation>lägg till orsak</translation>
    </message>
    <message>
      <source>Delete cause</source>
      <translation>ta bort orsak</translation>
    </message>
    <message>
      <source>Move cause</source>
      <translation>flytta orsak</translation>
    </message>
    <message>
      <source>Edit cause</source>
      <translation>ändra orsak</translation>
    </message>
    <message>
      <source>Move cause to another branch</source>
      <translation>flytta orsak till en annan gren</translation>
    </message>
    <message>
      <source>Change branch</source>
      <translation>byt gren</translation>
    </message>
  </context>
  <context>
    <name>CauseLabels</name>
    <message>
      <source>Direct</source>
      <translation>Direkt</translation>
    </message>
    <message>
      <source>Underlying</source>
      <translation>Bakomliggande</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Låg</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Medelhög</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Hög</translation>
    </message>
  </context>
  <context>
    <name>CauseTree</name>
    <message>
      <source>Cause</source>
      <translation>Orsak</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Certainty</source>
      <translation>Tillförlitlighet</translation>
    </message>
    <message>
      <source>Causes by branch</source>
      <translation>Orsaker per gren</translation>
    </message>
  </context>
  <context>
    <name>CausesPage</name>
    <message>
      <source>Problem to analyse</source>
      <translation>Problem att analysera</translation>
    </message>
    <message>
      <source>&amp;Problem:</source>
      <translation>&amp;Problem:</translation>
    </message>
    <message>
      <source>No problem is prioritised yet, so all problems are shown. Prioritise problems in the step Local problems.</source>
      <translation>Inget problem är prioriterat ännu, så alla problem visas. Prioritera problem i steget Lokala problem.</translation>
    </message>
    <message>
      <source>There are no local problems yet. Add them in the step Local problems.</source>
      <translation>Det finns inga lokala problem ännu. Lägg till dem i steget Lokala problem.</translation>
    </message>
    <message>
      <source>Fishbone diagram</source>
      <translation>Fiskbensdiagram</translation>
    </message>
    <message>
      <source>Causes</source>
      <translation>Orsaker</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <source>Move the selected cause up (Ctrl+Up)</source>
      <translation>Flytta den markerade orsaken uppåt (Ctrl+Upp)</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <source>Move the selected cause down (Ctrl+Down)</source>
      <translation>Flytta den markerade orsaken nedåt (Ctrl+Ned)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>Delete the selected cause and its sub-causes (Delete)</source>
      <translation>Ta bort den markerade orsaken och dess underorsaker (Delete)</translation>
    </message>
    <message>
      <source>Branch for new causes</source>
      <translation>Gren för nya orsaker</translation>
    </message>
    <message>
      <source>Direct or underlying, for new causes</source>
      <translation>Direkt eller bakomliggande, för nya orsaker</translation>
    </message>
    <message>
      <source>&amp;Branch:</source>
      <translation>&amp;Gren:</translation>
    </message>
    <message>
      <source>New cause: type and press Enter</source>
      <translation>Ny orsak: skriv och tryck Enter</translation>
    </message>
    <message>
      <source>&amp;Add cause</source>
      <translation>&amp;Lägg till orsak</translation>
    </message>
    <message>
      <source>Add the typed cause to the chosen branch (Enter)</source>
      <translation>Lägg till den inskrivna orsaken på den valda grenen (Enter)</translation>
    </message>
    <message>
      <source>Add as s&amp;ub-cause</source>
      <translation>Lägg till som &amp;underorsak</translation>
    </message>
    <message>
      <source>Add the typed text as an underlying cause under the selected cause (Ctrl+Enter): ask “why?” again</source>
      <translation>Lägg till texten som en bakomliggande orsak under den markerade orsaken (Ctrl+Enter): fråga ”varför?” igen</translation>
    </message>
    <message>
      <source>Selected cause</source>
      <translation>Markerad orsak</translation>
    </message>
  </context>
  <context>
    <name>DatabaseSettingsDialog</name>
    <message>
      <source>Database</source>
      <translation>Databas</translation>
    </message>
    <message>
      <source>Workshops are normally kept in a database file on this computer. To share them with other facilitators, enter the address of a PostgreSQL database that your IT department has set up. Leave the field empty to use this computer's own file.</source>
      <translation>Workshopar sparas normalt i en databasfil på den här datorn. För att dela dem med andra processledare anger du adressen till en PostgreSQL-databas som it-avdelningen har satt upp. Lämna fältet tomt för att använda datorns egen fil.</translation>
    </message>
    <message>
      <source>Database address</source>
      <translation>Databasens adress</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
      <source>Result of the connection test</source>
      <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
      <source>The change takes effect the next time Workshopstöd starts. Workshops already in this computer's file are not moved; use “workshop-app migrate-store” or export and import workshop files. A password is best kept in a password file (pgpass) rather than in the address.</source>
      <translation>Ändringen gäller från nästa gång Workshopstöd startar. Workshopar som redan finns i datorns fil flyttas inte; använd ”workshop-app migrate-store” eller exportera och importera workshopfiler. Ett lösenord förvaras bäst i en lösenordsfil (pgpass) i stället för i adressen.</translation>
    </message>
    <message>
      <source>Database &amp;address:</source>
      <translation>Databasens &amp;adress:</translation>
    </message>
    <message>
      <source>This run uses a database given on the command line or in the WORKSHOP_APP_DATABASE_URL variable; it comes before this setting.</source>
      <translation>Den här körningen använder en databas som angetts på kommandoraden eller i variabeln WORKSHOP_APP_DATABASE_URL; den går före den här inställningen.</translation>
    </message>
    <message>
      <source>The workshops are kept in this computer's own file.</source>
      <translation>Workshoparna sparas i datorns egen fil.</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Ansluter…</translation>
    </message>
    <message>
      <source>Connected, but this database user may not create tables in it. Ask the IT department to make the user the owner of the database.</source>
      <translation>Ansluten, men den här databasanvändaren får inte skapa tabeller i databasen. Be it-avdelningen att göra användaren till ägare av databasen.</translation>
    </message>
    <message>
      <source>Connected. The database is empty; Workshopstöd sets it up at the next start.</source>
      <translation>Ansluten. Databasen är tom; Workshopstöd förbereder den vid nästa start.</translation>
    </message>
    <message>
      <source>Connected. Workshops in the database: %1.</source>
      <translation>Ansluten. Workshopar i databasen: %1.</translation>
    </message>
    <message>
      <source>the server did not answer or refused: %1</source>
      <translation>servern svarade inte eller nekade: %1</translation>
    </message>
    <message>
      <source>No connection – %1</source>
      <translation>Ingen anslutning – %1</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Inte sparat: %1</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <source>Choose in the calendar</source>
      <translation>Välj i kalendern</translation>
    </message>
    <message>
      <source>Write the date as YYYY-MM-DD, from %1 to %2</source>
      <translation>Skriv datumet som ÅÅÅÅ-MM-DD, från %1 till %2</translation>
    </message>
  </context>
  <context>
    <name>ErrorReport</name>
    <message>
      <source>Something went wrong</source>
      <translation>Något gick fel</translation>
    </message>
    <message>
      <source>Workshopstöd ran into an unexpected problem and carried on. Everything that was saved is kept; the last change may not have been saved. If something looks wrong, close the workshop and open it again.

Details are in the log file:
%1</source>
      <translation>Workshopstöd stötte på ett oväntat problem och fortsatte. Allt som har sparats finns kvar; den senaste ändringen kanske inte sparades. Om något ser fel ut, stäng workshopen och öppna den igen.

Detaljer finns i loggfilen:
%1</translation>
    </message>
  </context>
  <context>
    <name>FacilitationController</name>
    <message>
      <source>&amp;Present on the projector</source>
      <translation>&amp;Visa på projektorn</translation>
    </message>
    <message>
      <source>Show the step on the projector in large type (F5; F5 again ends)</source>
      <translation>Visa steget på projektorn med stor text (F5; F5 igen avslutar)</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Presentera</translation>
    </message>
    <message>
      <source>&amp;Blank the projector</source>
      <translation>&amp;Släck projektorbilden</translation>
    </message>
    <message>
      <source>A black screen for breaks; again to show the step</source>
      <translation>En svart bild under pauser; igen för att visa steget</translation>
    </message>
    <message>
      <source>Ne&amp;xt guiding question</source>
      <translation>Nä&amp;sta fråga att diskutera</translation>
    </message>
    <message>
      <source>The next guiding question on the projector; on the Follow-up page its next slide</source>
      <translation>Nästa fråga att diskutera på projektorn; på sidan Uppföljning mötets nästa bild</translation>
    </message>
    <message>
      <source>Pre&amp;vious guiding question</source>
      <translation>Fö&amp;regående fråga att diskutera</translation>
    </message>
    <message>
      <source>The previous guiding question on the projector; on the Follow-up page its previous slide</source>
      <translation>Föregående fråga att diskutera på projektorn; på sidan Uppföljning mötets föregående bild</translation>
    </message>
    <message>
      <source>Next &amp;page on the projector</source>
      <translation>Nästa &amp;sida på projektorn</translation>
    </message>
    <message>
      <source>When the cards do not fit on one screen: the next page (Alt+PgDown)</source>
      <translation>När korten inte ryms på en skärm: nästa sida (Alt+PgDown)</translation>
    </message>
    <message>
      <source>Previous p&amp;age on the projector</source>
      <translation>Föregående si&amp;da på projektorn</translation>
    </message>
    <message>
      <source>When the cards do not fit on one screen: the previous page (Alt+PgUp)</source>
      <translation>När korten inte ryms på en skärm: föregående sida (Alt+PgUp)</translation>
    </message>
    <message>
      <source>&amp;Larger text on the projector</source>
      <translation>Stö&amp;rre text på projektorn</translation>
    </message>
    <message>
      <source>&amp;Smaller text on the projector</source>
      <translation>Mindre te&amp;xt på projektorn</translation>
    </message>
    <message>
      <source>&amp;Focus on the selected problem</source>
      <translation>&amp;Fokusera på det valda problemet</translation>
    </message>
    <message>
      <source>Put the selected problem large on the projector (on Causes: its fishbone); again to go back to the cards</source>
      <translation>Visa det valda problemet stort på projektorn (i steget Troliga orsaker: dess fiskben); igen för att gå tillbaka till korten</translation>
    </message>
    <message>
      <source>Take the &amp;vote result off the projector</source>
      <translation>Ta bort &amp;röstresultatet från projektorn</translation>
    </message>
    <message>
      <source>The projector shows the step's cards again (Esc)</source>
      <translation>Projektorn visar stegets kort igen (Esc)</translation>
    </message>
    <message>
      <source>On the projector: %1</source>
      <translation>På projektorn: %1</translation>
    </message>
    <message>
      <source>On the projector</source>
      <translation>På projektorn</translation>
    </message>
    <message>
      <source>Focus on the projector</source>
      <translation>Fokus på projektorn</translation>
    </message>
    <message>
      <source>The focus view shows one problem large: use it on the steps Local problems, Probable causes and Measures and partners.</source>
      <translation>Fokusvyn visar ett problem stort: använd den i stegen Lokala problem, Troliga orsaker och Åtgärder och samverkansparter.</translation>
    </message>
    <message>
      <source>Text on the projector: %1</source>
      <translation>Text på projektorn: %1</translation>
    </message>
  </context>
  <context>
    <name>FollowUpPage</name>
    <message>
      <source>Not started</source>
      <translation>Inte påbörjat</translation>
    </message>
    <message>
      <source>On the way</source>
      <translation>På väg</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Uppnått</translation>
    </message>
    <message>
      <source>Not reached</source>
      <translation>Inte uppnått</translation>
    </message>
    <message>
      <source>Goal attainment of %1</source>
      <translation>Måluppfyllelse för %1</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>What was done (production)</source>
      <translation>Vad som gjorts (produktion)</translation>
    </message>
    <message>
      <source>How the cooperation worked (process)</source>
      <translation>Hur samverkan fungerade (process)</translation>
    </message>
    <message>
      <source>What changed (effect)</source>
      <translation>Vad som förändrats (effekt)</translation>
    </message>
    <message>
      <source>Goal and consequences…</source>
      <translation>Mål och konsekvenser…</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>Goal attainment</source>
      <translation>Måluppfyllelse</translation>
    </message>
    <message>
      <source>Production</source>
      <translation>Produktion</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>Effekt</translation>
    </message>
    <message>
      <source>(no goal written yet)</source>
      <translation>(inget mål skrivet än)</translation>
    </message>
    <message>
      <source>by %1</source>
      <translation>senast %1</translation>
    </message>
    <message>
      <source>shown by: %1</source>
      <translation>visas av: %1</translation>
    </message>
    <message>
      <source>indicators: %1</source>
      <translation>indikatorer: %1</translation>
    </message>
    <message>
      <source>Follow-up meeting</source>
      <translation>Uppföljningsmöte</translation>
    </message>
    <message>
      <source>&amp;Start follow-up meeting</source>
      <translation>&amp;Starta uppföljningsmöte</translation>
    </message>
    <message>
      <source>Create a follow-up meeting held today</source>
      <translation>Skapa ett uppföljningsmöte som hålls i dag</translation>
    </message>
    <message>
      <source>&amp;Next follow-up:</source>
      <translation>&amp;Nästa uppföljning:</translation>
    </message>
    <message>
      <source>Date of the next follow-up</source>
      <translation>Datum för nästa uppföljning</translation>
    </message>
    <message>
      <source>Meeting:</source>
      <translation>Möte:</translation>
    </message>
    <message>
      <source>Start a follow-up meeting to review the action plan, reassess the indicators and judge how far the goals are reached. Earlier meetings are kept.</source>
      <translation>Starta ett uppföljningsmöte för att gå igenom åtgärdsplanen, bedöma indikatorerna på nytt och bedöma hur långt målen är nådda. Tidigare möten sparas.</translation>
    </message>
    <message>
      <source>Follow-up %1 – %2</source>
      <translation>Uppföljning %1 – %2</translation>
    </message>
    <message>
      <source>No problem is prioritised yet.</source>
      <translation>Inget problem är prioriterat än.</translation>
    </message>
    <message>
      <source>Action plan review</source>
      <translation>Genomgång av åtgärdsplanen</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Nästa steg</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Ansvarig</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Klart senast</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The action plan has no next steps yet.</source>
      <translation>Åtgärdsplanen har inga nästa steg än.</translation>
    </message>
    <message>
      <source>Indicators: last assessment and a new one</source>
      <translation>Indikatorer: senaste bedömningen och en ny</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Senast</translation>
    </message>
    <message>
      <source>Extent</source>
      <translation>Omfattning</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Certainty</source>
      <translation>Tillförlitlighet</translation>
    </message>
    <message>
      <source>No indicator is observed or linked to a goal.</source>
      <translation>Ingen indikator är iakttagen eller kopplad till ett mål.</translation>
    </message>
    <message>
      <source>New next steps</source>
      <translation>Nya nästa steg</translation>
    </message>
    <message>
      <source>What is to be done next</source>
      <translation>Vad som ska göras härnäst</translation>
    </message>
    <message>
      <source>New next step</source>
      <translation>Nytt nästa steg</translation>
    </message>
    <message>
      <source>Due date of the new next step</source>
      <translation>Klart senast för det nya nästa steget</translation>
    </message>
    <message>
      <source>&amp;Add next step</source>
      <translation>&amp;Lägg till nästa steg</translation>
    </message>
    <message>
      <source>Due:</source>
      <translation>Klart senast:</translation>
    </message>
    <message>
      <source>Start follow-up meeting</source>
      <translation>Starta uppföljningsmöte</translation>
    </message>
    <message>
      <source>Review next step</source>
      <translation>Gå igenom nästa steg</translation>
    </message>
    <message>
      <source>Reassess indicator</source>
      <translation>Bedöm indikatorn på nytt</translation>
    </message>
    <message>
      <source>Judge goal attainment</source>
      <translation>Bedöm måluppfyllelse</translation>
    </message>
    <message>
      <source>Add next step</source>
      <translation>Lägg till nästa steg</translation>
    </message>
    <message>
      <source>Set the next follow-up date</source>
      <translation>Ange datum för nästa uppföljning</translation>
    </message>
    <message>
      <source>Follow-up was due %1 (%2 days ago)</source>
      <translation>Uppföljningen skulle ha hållits %1 (för %2 dagar sedan)</translation>
    </message>
    <message>
      <source>Follow-up due today (%1)</source>
      <translation>Uppföljning i dag (%1)</translation>
    </message>
    <message>
      <source>Next follow-up %1 (in %2 days)</source>
      <translation>Nästa uppföljning %1 (om %2 dagar)</translation>
    </message>
    <message>
      <source>Follow-up meetings…</source>
      <translation>Uppföljningsmöten…</translation>
    </message>
    <message>
      <source>Start or continue a follow-up meeting: review the action plan, reassess, judge the goals (Ctrl+Shift+U)</source>
      <translation>Starta eller fortsätt ett uppföljningsmöte: gå igenom åtgärdsplanen, bedöm på nytt, bedöm målen (Ctrl+Skift+U)</translation>
    </message>
    <message>
      <source>%1 (%2 d late)</source>
      <translation>%1 (%2 d sen)</translation>
    </message>
    <message>
      <source>%1 (today)</source>
      <translation>%1 (i dag)</translation>
    </message>
    <message>
      <source>%1 (in %2 d)</source>
      <translation>%1 (om %2 d)</translation>
    </message>
    <message>
      <source>Next follow-up: %1</source>
      <translation>Nästa uppföljning: %1</translation>
    </message>
    <message>
      <source>Status of %1</source>
      <translation>Status för %1</translation>
    </message>
    <message>
      <source>Comment from this meeting</source>
      <translation>Kommentar från detta möte</translation>
    </message>
    <message>
      <source>Comment on %1</source>
      <translation>Kommentar till %1</translation>
    </message>
    <message>
      <source>(overdue)</source>
      <translation>(försenat)</translation>
    </message>
    <message>
      <source>(due by this meeting)</source>
      <translation>(klart senast till detta möte)</translation>
    </message>
    <message>
      <source>(not reassessed)</source>
      <translation>(inte ombedömd)</translation>
    </message>
    <message>
      <source>New status of %1</source>
      <translation>Ny status för %1</translation>
    </message>
    <message>
      <source>More than at the previous meeting</source>
      <translation>Mer än vid förra mötet</translation>
    </message>
    <message>
      <source>Less than at the previous meeting</source>
      <translation>Mindre än vid förra mötet</translation>
    </message>
    <message>
      <source>The same as at the previous meeting</source>
      <translation>Samma som vid förra mötet</translation>
    </message>
    <message>
      <source>Cannot be compared with the previous meeting</source>
      <translation>Kan inte jämföras med förra mötet</translation>
    </message>
    <message>
      <source>Earlier: %1</source>
      <translation>Tidigare: %1</translation>
    </message>
  </context>
  <context>
    <name>GapButton</name>
    <message>
      <source>Show the next knowledge gap in the information matrix (Ctrl+Shift+G)</source>
      <translation>Visa nästa kunskapslucka i informationsmatrisen (Ctrl+Skift+G)</translation>
    </message>
    <message>
      <source>Knowledge gaps: %1</source>
      <translation>Kunskapsluckor: %1</translation>
    </message>
    <message>
      <source>No knowledge gaps</source>
      <translation>Inga kunskapsluckor</translation>
    </message>
  </context>
  <context>
    <name>GoalDialog</name>
    <message>
      <source>Residents</source>
      <translation>Boende</translation>
    </message>
    <message>
      <source>Businesses</source>
      <translation>Näringsidkare</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Personal</translation>
    </message>
    <message>
      <source>The municipality</source>
      <translation>Kommunen</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>Andra</translation>
    </message>
    <message>
      <source>(not judged)</source>
      <translation>(inte bedömt)</translation>
    </message>
    <message>
      <source>Less serious</source>
      <translation>Mindre allvarlig</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>Allvarlig</translation>
    </message>
    <message>
      <source>Very serious</source>
      <translation>Mycket allvarlig</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>(inte känt)</translation>
    </message>
    <message>
      <source>Evaluated elsewhere</source>
      <translation>Utvärderad på annat håll</translation>
    </message>
    <message>
      <source>Tried elsewhere</source>
      <translation>Prövad på annat håll</translation>
    </message>
    <message>
      <source>Not tried before</source>
      <translation>Inte prövad tidigare</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Inte påbörjat</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Påbörjad</translation>
    </message>
    <message>
      <source>Implemented</source>
      <translation>Genomförd</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Avbruten</translation>
    </message>
    <message>
      <source>Goal and consequences – %1</source>
      <translation>Mål och konsekvenser – %1</translation>
    </message>
    <message>
      <source>What should be different?</source>
      <translation>Vad ska vara annorlunda?</translation>
    </message>
    <message>
      <source>How will the group know?</source>
      <translation>Hur ska gruppen veta det?</translation>
    </message>
    <message>
      <source>&amp;By when:</source>
      <translation>&amp;Senast:</translation>
    </message>
    <message>
      <source>Goal date</source>
      <translation>Måldatum</translation>
    </message>
    <message>
      <source>Indicators that will show it</source>
      <translation>Indikatorer som ska visa det</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>&amp;Goal</source>
      <translation>&amp;Mål</translation>
    </message>
    <message>
      <source>&amp;Shown by</source>
      <translation>&amp;Visas av</translation>
    </message>
    <message>
      <source>&amp;Indicators</source>
      <translation>&amp;Indikatorer</translation>
    </message>
    <message>
      <source>Consequences</source>
      <translation>Konsekvenser</translation>
    </message>
    <message>
      <source>&amp;Add consequence</source>
      <translation>&amp;Lägg till konsekvens</translation>
    </message>
    <message>
      <source>Measures: expected effect</source>
      <translation>Åtgärder: förväntad effekt</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>För vem</translation>
    </message>
    <message>
      <source>How serious</source>
      <translation>Hur allvarlig</translation>
    </message>
    <message>
      <source>What the consequence is</source>
      <translation>Vad konsekvensen är</translation>
    </message>
    <message>
      <source>Consequence</source>
      <translation>Konsekvens</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>No consequences written yet.</source>
      <translation>Inga konsekvenser skrivna än.</translation>
    </message>
    <message>
      <source>Expected effect</source>
      <translation>Förväntad effekt</translation>
    </message>
    <message>
      <source>Expected effect of %1</source>
      <translation>Förväntad effekt av %1</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Kunskapsstöd</translation>
    </message>
    <message>
      <source>Implementation</source>
      <translation>Genomförande</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Ändra mål</translation>
    </message>
    <message>
      <source>Edit consequence</source>
      <translation>Ändra konsekvens</translation>
    </message>
    <message>
      <source>Add consequence</source>
      <translation>Lägg till konsekvens</translation>
    </message>
    <message>
      <source>Remove consequence</source>
      <translation>Ta bort konsekvens</translation>
    </message>
    <message>
      <source>Edit expected effect</source>
      <translation>Ändra förväntad effekt</translation>
    </message>
  </context>
  <context>
    <name>GuidanceController</name>
    <message>
      <source>Facilitator &amp;guide</source>
      <translation>Processledarens &amp;stöd</translation>
    </message>
    <message>
      <source>&amp;Start or pause the step timer</source>
      <translation>&amp;Starta eller pausa stegtimern</translation>
    </message>
    <message>
      <source>&amp;Reset the step timer</source>
      <translation>N&amp;ollställ stegtimern</translation>
    </message>
    <message>
      <source>Step timer goes on with the &amp;next step</source>
      <translation>Stegtimern fortsätter i &amp;nästa steg</translation>
    </message>
    <message>
      <source>A running step timer keeps running when the group moves to another step</source>
      <translation>En stegtimer som är igång fortsätter när gruppen går till ett annat steg</translation>
    </message>
    <message>
      <source>&amp;Agenda: planned and used time…</source>
      <translation>&amp;Agenda: planerad och använd tid…</translation>
    </message>
  </context>
  <context>
    <name>GuidePanel</name>
    <message>
      <source>Facilitator guide</source>
      <translation>Processledarens stöd</translation>
    </message>
    <message>
      <source>Show or hide the facilitator guide</source>
      <translation>Visa eller dölj processledarens stöd</translation>
    </message>
    <message>
      <source>Guiding questions</source>
      <translation>Frågor att diskutera</translation>
    </message>
    <message>
      <source>Tips</source>
      <translation>Tips</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDetails</name>
    <message>
      <source>Stat&amp;us</source>
      <translation>Stat&amp;us</translation>
    </message>
    <message>
      <source>E&amp;xtent</source>
      <translation>Om&amp;fattning</translation>
    </message>
    <message>
      <source>T&amp;rend</source>
      <translation>Tre&amp;nd</translation>
    </message>
    <message>
      <source>&amp;Certainty</source>
      <translation>Tillförlitlig&amp;het</translation>
    </message>
    <message>
      <source>On the board: 1 observed, 2 not observed, 3 unknown, 0 not assessed</source>
      <translation>På tavlan: 1 observerad, 2 inte observerad, 3 okänt, 0 inte bedömd</translation>
    </message>
    <message>
      <source>Observations</source>
      <translation>Iakttagelser</translation>
    </message>
    <message>
      <source>Where, when, how often, who is affected – what is it based on?</source>
      <translation>Var, när, hur ofta, vilka drabbas – vad bygger det på?</translation>
    </message>
    <message>
      <source>&amp;Observations</source>
      <translation>&amp;Iakttagelser</translation>
    </message>
    <message>
      <source>Delete own indicator</source>
      <translation>Ta bort egen indikator</translation>
    </message>
    <message>
      <source>Delete the selected own indicator (Delete)</source>
      <translation>Ta bort den markerade egna indikatorn (Delete)</translation>
    </message>
    <message>
      <source>Select an indicator on the board to assess it.</source>
      <translation>Markera en indikator på tavlan för att bedöma den.</translation>
    </message>
    <message>
      <source>Knowledge gap: no organisation has information on this indicator.</source>
      <translation>Kunskapslucka: ingen organisation har information om den här indikatorn.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorEdits</name>
    <message>
      <source>Clear indicator status</source>
      <translation>rensa indikatorns status</translation>
    </message>
    <message>
      <source>Set indicator status</source>
      <translation>ange indikatorns status</translation>
    </message>
    <message>
      <source>Set extent</source>
      <translation>ange omfattning</translation>
    </message>
    <message>
      <source>Set trend</source>
      <translation>ange trend</translation>
    </message>
    <message>
      <source>Set certainty</source>
      <translation>ange tillförlitlighet</translation>
    </message>
    <message>
      <source>Edit observations</source>
      <translation>ändra iakttagelser</translation>
    </message>
    <message>
      <source>Set source in the information matrix</source>
      <translation>ange källa i informationsmatrisen</translation>
    </message>
    <message>
      <source>Add own indicator</source>
      <translation>lägg till egen indikator</translation>
    </message>
    <message>
      <source>Rename own indicator</source>
      <translation>byt namn på egen indikator</translation>
    </message>
    <message>
      <source>Remove own indicator</source>
      <translation>ta bort egen indikator</translation>
    </message>
  </context>
  <context>
    <name>IndicatorWords</name>
    <message>
      <source>Observed</source>
      <translation>Observerad</translation>
    </message>
    <message>
      <source>Not observed</source>
      <translation>Inte observerad</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Okänt</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Inte bedömd</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>0 – None</source>
      <translation>0 – Ingen</translation>
    </message>
    <message>
      <source>1 – Some</source>
      <translation>1 – Viss</translation>
    </message>
    <message>
      <source>2 – Considerable</source>
      <translation>2 – Betydande</translation>
    </message>
    <message>
      <source>3 – Extensive</source>
      <translation>3 – Omfattande</translation>
    </message>
    <message>
      <source>Increasing</source>
      <translation>Ökar</translation>
    </message>
    <message>
      <source>Stable</source>
      <translation>Oförändrad</translation>
    </message>
    <message>
      <source>Decreasing</source>
      <translation>Minskar</translation>
    </message>
    <message>
      <source>Unknown trend</source>
      <translation>Okänd</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Låg</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Medelhög</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Hög</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsPage</name>
    <message>
      <source>Observed only</source>
      <translation>Bara observerade</translation>
    </message>
    <message>
      <source>Show only the indicators assessed as observed (Ctrl+Shift+O)</source>
      <translation>Visa bara indikatorer som bedömts som observerade (Ctrl+Skift+O)</translation>
    </message>
    <message>
      <source>Show observed indicators only</source>
      <translation>Visa bara observerade indikatorer</translation>
    </message>
    <message>
      <source>Indicator board</source>
      <translation>Indikatortavla</translation>
    </message>
    <message>
      <source>Select an indicator and press 1 observed, 2 not observed, 3 unknown, 0 not assessed; F2 changes the selected cell</source>
      <translation>Markera en indikator och tryck 1 observerad, 2 inte observerad, 3 okänt, 0 inte bedömd; F2 ändrar den markerade cellen</translation>
    </message>
    <message>
      <source>Select an indicator and press &lt;b&gt;1&lt;/b&gt; observed · &lt;b&gt;2&lt;/b&gt; not observed · &lt;b&gt;3&lt;/b&gt; unknown · &lt;b&gt;0&lt;/b&gt; not assessed</source>
      <translation>Markera en indikator och tryck &lt;b&gt;1&lt;/b&gt; observerad · &lt;b&gt;2&lt;/b&gt; inte observerad · &lt;b&gt;3&lt;/b&gt; okänt · &lt;b&gt;0&lt;/b&gt; inte bedömd</translation>
    </message>
    <message>
      <source>New own indicator: type it and press Enter</source>
      <translation>Ny egen indikator: skriv och tryck Enter</translation>
    </message>
    <message>
      <source>New own indicator</source>
      <translation>Ny egen indikator</translation>
    </message>
    <message>
      <source>Enter adds the indicator; Ctrl+Up/Down moves the selected own indicator</source>
      <translation>Enter lägger till indikatorn; Ctrl+Upp/Ned flyttar den markerade egna indikatorn</translation>
    </message>
    <message>
      <source>Problem area of the new indicator</source>
      <translation>Problemområde för den nya indikatorn</translation>
    </message>
    <message>
      <source>(no problem area)</source>
      <translation>(inget problemområde)</translation>
    </message>
    <message>
      <source>Indicator &amp;board</source>
      <translation>Indikator&amp;tavla</translation>
    </message>
    <message>
      <source>Information &amp;matrix</source>
      <translation>Informations&amp;matris</translation>
    </message>
    <message>
      <source>Indicators by problem area (Alt+B)</source>
      <translation>Indikatorer per problemområde (Alt+T)</translation>
    </message>
    <message>
      <source>Indicators × organisations (Alt+M)</source>
      <translation>Indikatorer × organisationer (Alt+M)</translation>
    </message>
    <message>
      <source>Own indicators</source>
      <translation>Egna indikatorer</translation>
    </message>
    <message>
      <source>Move own indicator</source>
      <translation>flytta egen indikator</translation>
    </message>
  </context>
  <context>
    <name>ItemTableEditor</name>
    <message>
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>Delete the selected row (Delete)</source>
      <translation>Ta bort den markerade raden (Delete)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <source>Move the selected row up (Ctrl+Up)</source>
      <translation>Flytta upp den markerade raden (Ctrl+Upp)</translation>
    </message>
    <message>
      <source>Enter adds the row; Ctrl+Up/Down moves the selected row; Delete in the table</source>
      <translation>Enter lägger till raden; Ctrl+Upp/Ned flyttar den markerade raden; Delete i tabellen tar bort</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <source>Move the selected row down (Ctrl+Down)</source>
      <translation>Flytta ned den markerade raden (Ctrl+Ned)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Workshopstöd</source>
      <translation>Workshopstöd</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Öppnar databasen…</translation>
    </message>
    <message>
      <source>&amp;Close workshop</source>
      <translation>&amp;Stäng workshop</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>&amp;Nästa steg</translation>
    </message>
    <message>
      <source>&amp;Previous step</source>
      <translation>&amp;Föregående steg</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <source>&amp;Steps</source>
      <translation>&amp;Steg</translation>
    </message>
    <message>
      <source>&amp;Present</source>
      <translation>&amp;Presentera</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Ångra %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Gör om %1</translation>
    </message>
    <message>
      <source>Opening the workshop…</source>
      <translation>Öppnar workshopen…</translation>
    </message>
    <message>
      <source>Changed elsewhere</source>
      <translation>Ändrad på annat håll</translation>
    </message>
    <message>
      <source>Someone else changed this workshop at the same time. Your last change was not saved, so that it would not overwrite theirs.</source>
      <translation>Någon annan ändrade den här workshopen samtidigt. Din senaste ändring sparades inte, så att den inte skulle skriva över deras.</translation>
    </message>
    <message>
      <source>The screen now shows what is stored. Make your change again if needed.</source>
      <translation>Skärmen visar nu det som är sparat. Gör din ändring igen om den behövs.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Något gick fel</translation>
    </message>
    <message>
      <source>Still saving</source>
      <translation>Sparar fortfarande</translation>
    </message>
    <message>
      <source>Workshopstöd is still saving. Close anyway? The last change may be lost.</source>
      <translation>Workshopstöd sparar fortfarande. Stänga ändå? Den senaste ändringen kan gå förlorad.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Inte sparat</translation>
    </message>
    <message>
      <source>The last changes could not be saved:
%1

Close anyway? Those changes will be lost.</source>
      <translation>De senaste ändringarna kunde inte sparas:
%1

Stänga ändå? De ändringarna går förlorade.</translation>
    </message>
  </context>
  <context>
    <name>MatrixModel</name>
    <message>
      <source>0 – No information</source>
      <translation>0 – Ingen information</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>No information</source>
      <translation>Ingen information</translation>
    </message>
    <message>
      <source>Knowledge gap</source>
      <translation>Kunskapslucka</translation>
    </message>
    <message>
      <source>Knowledge gap: no organisation has information on “%1”</source>
      <translation>Kunskapslucka: ingen organisation har information om ”%1”</translation>
    </message>
  </context>
  <context>
    <name>MatrixTab</name>
    <message>
      <source>Information matrix</source>
      <translation>Informationsmatris</translation>
    </message>
    <message>
      <source>Which organisation has information on each observed or unknown indicator, and of what kind? Indicators that nobody has information on are knowledge gaps.</source>
      <translation>Vilken organisation har information om varje observerad eller okänd indikator, och av vilket slag? Indikatorer som ingen har information om är kunskapsluckor.</translation>
    </message>
    <message>
      <source>Keys on a cell: %1  ·  &lt;b&gt;0&lt;/b&gt; no information</source>
      <translation>Tangenter i en cell: %1  ·  &lt;b&gt;0&lt;/b&gt; ingen information</translation>
    </message>
    <message>
      <source>Add the organisations taking part on the Preparation step: they are the columns of the matrix.</source>
      <translation>Lägg till de organisationer som deltar i steget Förberedelse: de blir matrisens kolumner.</translation>
    </message>
    <message>
      <source>No indicator is observed or unknown yet: set statuses on the board.</source>
      <translation>Ingen indikator är observerad eller okänd ännu: ange status på tavlan.</translation>
    </message>
  </context>
  <context>
    <name>MatrixView</name>
    <message>
      <source>Indicators of the information matrix</source>
      <translation>Informationsmatrisens indikatorer</translation>
    </message>
  </context>
  <context>
    <name>MeasureDetails</name>
    <message>
      <source>Title of the measure</source>
      <translation>Åtgärdens titel</translation>
    </message>
    <message>
      <source>Description of the measure</source>
      <translation>Beskrivning av åtgärden</translation>
    </message>
    <message>
      <source>Causes the measure acts on</source>
      <translation>Orsaker som åtgärden verkar på</translation>
    </message>
    <message>
      <source>This problem has no causes yet (step 3).</source>
      <translation>Problemet har inga orsaker än (steg 3).</translation>
    </message>
    <message>
      <source>Kind of measure</source>
      <translation>Typ av åtgärd</translation>
    </message>
    <message>
      <source>Short or long term</source>
      <translation>Kort eller lång sikt</translation>
    </message>
    <message>
      <source>(not decided)</source>
      <translation>(inte bestämt)</translation>
    </message>
    <message>
      <source>Short term</source>
      <translation>Kort sikt</translation>
    </message>
    <message>
      <source>Long term</source>
      <translation>Lång sikt</translation>
    </message>
    <message>
      <source>Phase in Fasmodellen</source>
      <translation>Fas i Fasmodellen</translation>
    </message>
    <message>
      <source>(no phase)</source>
      <translation>(ingen fas)</translation>
    </message>
    <message>
      <source>Lead organisation</source>
      <translation>Ansvarig organisation</translation>
    </message>
    <message>
      <source>Partner organisations</source>
      <translation>Samverkansparter</translation>
    </message>
    <message>
      <source>Resources</source>
      <translation>Resurser</translation>
    </message>
    <message>
      <source>Time, money, staff …</source>
      <translation>Tid, pengar, personal …</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Uppföljning</translation>
    </message>
    <message>
      <source>How and when will we know it works?</source>
      <translation>Hur och när vet vi att den fungerar?</translation>
    </message>
    <message>
      <source>Change kind</source>
      <translation>ändra typ</translation>
    </message>
    <message>
      <source>Change term</source>
      <translation>ändra sikt</translation>
    </message>
    <message>
      <source>Change phase</source>
      <translation>ändra fas</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>&amp;Acts on the causes</source>
      <translation>Verkar på orsak&amp;erna</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>T&amp;yp</translation>
    </message>
    <message>
      <source>Te&amp;rm</source>
      <translation>Si&amp;kt</translation>
    </message>
    <message>
      <source>&amp;Phase</source>
      <translation>&amp;Fas</translation>
    </message>
    <message>
      <source>&amp;Lead organisation</source>
      <translation>&amp;Ansvarig organisation</translation>
    </message>
    <message>
      <source>Part&amp;ners</source>
      <translation>Sa&amp;mverkansparter</translation>
    </message>
    <message>
      <source>Res&amp;ources</source>
      <translation>Res&amp;urser</translation>
    </message>
    <message>
      <source>Follow-&amp;up</source>
      <translation>Uppföl&amp;jning</translation>
    </message>
    <message>
      <source>Des&amp;cription</source>
      <translation>&amp;Beskrivning</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source> (lead)</source>
      <translation> (ansvarig)</translation>
    </message>
    <message>
      <source>Edit measure</source>
      <translation>ändra åtgärd</translation>
    </message>
    <message>
      <source>Link causes</source>
      <translation>Koppla orsaker</translation>
    </message>
    <message>
      <source>Change lead organisation</source>
      <translation>ändra ansvarig organisation</translation>
    </message>
    <message>
      <source>Change partners</source>
      <translation>ändra samverkansparter</translation>
    </message>
  </context>
  <context>
    <name>MeasureEdits</name>
    <message>
      <source>Vote for measure</source>
      <translation>rösta på åtgärd</translation>
    </message>
    <message>
      <source>Take back vote</source>
      <translation>ta tillbaka röst</translation>
    </message>
    <message>
      <source>Change partner matrix</source>
      <translation>ändra samverkansmatrisen</translation>
    </message>
    <message>
      <source>Prioritise measure</source>
      <translation>prioritera åtgärd</translation>
    </message>
    <message>
      <source>Remove priority</source>
      <translation>ta bort prioritering</translation>
    </message>
    <message>
      <source>Add measure</source>
      <translation>lägg till åtgärd</translation>
    </message>
    <message>
      <source>Delete measure</source>
      <translation>ta bort åtgärd</translation>
    </message>
    <message>
      <source>Move measure</source>
      <translation>flytta åtgärd</translation>
    </message>
  </context>
  <context>
    <name>MeasureTableModel</name>
    <message>
      <source>prioritised</source>
      <translation>prioriterad</translation>
    </message>
    <message>
      <source>acts on no cause yet</source>
      <translation>verkar inte på någon orsak än</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Ingen</translation>
    </message>
    <message>
      <source>This measure acts on no cause yet</source>
      <translation>Åtgärden verkar inte på någon orsak än</translation>
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Pro&amp;blem</source>
      <translation>&amp;Problem</translation>
    </message>
    <message>
      <source>There are no problems yet. Measures are made per problem: add them in step 2.</source>
      <translation>Det finns inga problem än. Åtgärder tas fram per problem: lägg till dem i steg 2.</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Åtgärd</translation>
    </message>
    <message>
      <source>Causes</source>
      <translation>Orsaker</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Röster</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Åtgärder</translation>
    </message>
    <message>
      <source>New measure: type it and press Enter</source>
      <translation>Ny åtgärd: skriv den och tryck Enter</translation>
    </message>
    <message>
      <source>+ and − give and take a vote; Delete removes; Ctrl+Up/Down moves</source>
      <translation>+ och − ger och tar en röst; Delete tar bort; Ctrl+Upp/Ned flyttar</translation>
    </message>
    <message>
      <source>Edit measure</source>
      <translation>ändra åtgärd</translation>
    </message>
    <message>
      <source>− Vote</source>
      <translation>− Röst</translation>
    </message>
    <message>
      <source>Take a vote from the selected measure</source>
      <translation>Ta en röst från den valda åtgärden</translation>
    </message>
    <message>
      <source>Take a vote from the selected measure (−)</source>
      <translation>Ta en röst från den valda åtgärden (−)</translation>
    </message>
    <message>
      <source>+ Vote</source>
      <translation>+ Röst</translation>
    </message>
    <message>
      <source>Give the selected measure a vote</source>
      <translation>Ge den valda åtgärden en röst</translation>
    </message>
    <message>
      <source>Give the selected measure a vote (+)</source>
      <translation>Ge den valda åtgärden en röst (+)</translation>
    </message>
    <message>
      <source>Pr&amp;ioritised</source>
      <translation>Pri&amp;oriterad</translation>
    </message>
    <message>
      <source>Vote…</source>
      <translation>Rösta…</translation>
    </message>
    <message>
      <source>Dot voting by a show of hands: type the count per measure of this problem (Ctrl+Shift+V)</source>
      <translation>Prickröstning med handuppräckning: skriv antalet röster per åtgärd för det här problemet (Ctrl+Skift+V)</translation>
    </message>
    <message>
      <source>Selected measure</source>
      <translation>Vald åtgärd</translation>
    </message>
    <message>
      <source>Selected measure: %1</source>
      <translation>Vald åtgärd: %1</translation>
    </message>
    <message>
      <source>Votes: %1</source>
      <translation>Röster: %1</translation>
    </message>
    <message>
      <source>This measure does not act on any cause yet. Tick the causes it acts on, so that the chain problem → cause → measure holds.</source>
      <translation>Åtgärden verkar inte på någon orsak än. Kryssa i orsakerna den verkar på, så att kedjan problem → orsak → åtgärd håller.</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>New workshop</source>
      <translation>Ny workshop</translation>
    </message>
    <message>
      <source>e.g. Norrbacka spring 2027</source>
      <translation>t.ex. Norrbacka våren 2027</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>&amp;Municipality</source>
      <translation>&amp;Kommun</translation>
    </message>
    <message>
      <source>&amp;Area</source>
      <translation>&amp;Område</translation>
    </message>
    <message>
      <source>&amp;Language of the minutes</source>
      <translation>&amp;Språk i minnesanteckningarna</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Skapa</translation>
    </message>
  </context>
  <context>
    <name>NextStepDetails</name>
    <message>
      <source>What will happen</source>
      <translation>Vad som ska göras</translation>
    </message>
    <message>
      <source>Owner organisation</source>
      <translation>Ansvarig organisation</translation>
    </message>
    <message>
      <source>Role in the organisation</source>
      <translation>Roll i organisationen</translation>
    </message>
    <message>
      <source>A role, e.g. area police officer – not a name</source>
      <translation>En roll, t.ex. kommunpolis – inte ett namn</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Klart senast</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Goes to the steering &amp;group</source>
      <translation>Går till st&amp;yrgruppen</translation>
    </message>
    <message>
      <source>Measures this action carries forward</source>
      <translation>Åtgärder som aktiviteten för vidare</translation>
    </message>
    <message>
      <source>No measures yet (step 4).</source>
      <translation>Inga åtgärder än (steg 4).</translation>
    </message>
    <message>
      <source>Description of the action</source>
      <translation>Beskrivning av aktiviteten</translation>
    </message>
    <message>
      <source>Change owner</source>
      <translation>ändra ansvarig organisation</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>ändra status</translation>
    </message>
    <message>
      <source>Change steering group</source>
      <translation>ändra om den går till styrgruppen</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>Aktivi&amp;tet</translation>
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation>Ansvari&amp;g</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>R&amp;oll</translation>
    </message>
    <message>
      <source>D&amp;ue date</source>
      <translation>K&amp;lart senast</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>Stat&amp;us</translation>
    </message>
    <message>
      <source>&amp;Measures</source>
      <translation>&amp;Åtgärder</translation>
    </message>
    <message>
      <source>Des&amp;cription</source>
      <translation>&amp;Beskrivning</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>ändra aktivitet</translation>
    </message>
    <message>
      <source>Change due date</source>
      <translation>ändra datum för klart senast</translation>
    </message>
    <message>
      <source>Link measures</source>
      <translation>Koppla åtgärder</translation>
    </message>
  </context>
  <context>
    <name>NextStepStatus</name>
    <message>
      <source>Planned</source>
      <translation>Planerad</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Pågår</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Avbruten</translation>
    </message>
  </context>
  <context>
    <name>NextStepTableModel</name>
    <message>
      <source>%1 – overdue</source>
      <translation>%1 – försenad</translation>
    </message>
    <message>
      <source>Due %1 and not done yet</source>
      <translation>Försenad – skulle ha varit klar senast %1</translation>
    </message>
    <message>
      <source>Linked to no measure</source>
      <translation>Inte kopplad till någon åtgärd</translation>
    </message>
  </context>
  <context>
    <name>NextStepsPage</name>
    <message>
      <source>When do we meet again?</source>
      <translation>När ses vi igen?</translation>
    </message>
    <message>
      <source>Follow-up meeting &amp;on</source>
      <translation>Uppföljningsmöte &amp;den</translation>
    </message>
    <message>
      <source>Date of the follow-up meeting</source>
      <translation>Datum för uppföljningsmötet</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Ansvarig</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Klart senast</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Steering group</source>
      <translation>Styrgrupp</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Åtgärder</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Aktiviteter</translation>
    </message>
    <message>
      <source>New action: type what will happen and press Enter</source>
      <translation>Ny aktivitet: skriv vad som ska göras och tryck Enter</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>ändra aktivitet</translation>
    </message>
    <message>
      <source>Selected action</source>
      <translation>Vald aktivitet</translation>
    </message>
    <message>
      <source>Overdue (%1): %2 – the due date has passed and it is not done.</source>
      <translation>Försenade (%1): %2 – de skulle redan ha varit klara.</translation>
    </message>
    <message>
      <source>Prioritised measures with no action yet: %1</source>
      <translation>Prioriterade åtgärder som inte har någon aktivitet än: %1</translation>
    </message>
    <message>
      <source>Selected action: %1</source>
      <translation>Vald aktivitet: %1</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>Change follow-up date</source>
      <translation>ändra datum för uppföljning</translation>
    </message>
    <message>
      <source>Add action</source>
      <translation>lägg till aktivitet</translation>
    </message>
    <message>
      <source>Delete action</source>
      <translation>ta bort aktivitet</translation>
    </message>
    <message>
      <source>Move action</source>
      <translation>flytta aktivitet</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <source>Resolved %1</source>
      <translation>Löst %1</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <source>Parking lot</source>
      <translation>Parkerat</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Steg</translation>
    </message>
    <message>
      <source>New note: type and press Enter</source>
      <translation>Ny anteckning: skriv och tryck Enter</translation>
    </message>
    <message>
      <source>Edit note</source>
      <translation>ändra anteckning</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>ta bort anteckning</translation>
    </message>
    <message>
      <source>Only this step</source>
      <translation>Bara detta steg</translation>
    </message>
    <message>
      <source>Show only the notes parked in this step</source>
      <translation>Visa bara anteckningarna som parkerades i det här steget</translation>
    </message>
    <message>
      <source>Show resolved</source>
      <translation>Visa lösta</translation>
    </message>
    <message>
      <source>Show the notes marked resolved too, struck through</source>
      <translation>Visa även anteckningar som markerats som lösta, överstrukna</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Löst</translation>
    </message>
    <message>
      <source>To next steps</source>
      <translation>Till nästa steg</translation>
    </message>
    <message>
      <source>Make the selected note an action on the step Next steps and take it off the parking lot (Ctrl+Z brings it back)</source>
      <translation>Gör den markerade anteckningen till en aktivitet i steget Nästa steg och ta bort den från listan Parkerat (Ctrl+Z tar tillbaka den)</translation>
    </message>
    <message>
      <source>Show resolved (%1)</source>
      <translation>Visa lösta (%1)</translation>
    </message>
    <message>
      <source>Parking lot (%1)</source>
      <translation>Parkerat (%1)</translation>
    </message>
    <message>
      <source>%1 notes in the workshop, %2 parked in this step</source>
      <translation>%1 anteckningar i workshopen, %2 parkerade i det här steget</translation>
    </message>
    <message>
      <source>Note to next steps</source>
      <translation>Anteckning till nästa steg</translation>
    </message>
    <message>
      <source>Resolve note</source>
      <translation>Markera anteckning som löst</translation>
    </message>
    <message>
      <source>Reopen note</source>
      <translation>Öppna anteckning igen</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Öppna igen</translation>
    </message>
    <message>
      <source>Put the selected note back on the parking lot</source>
      <translation>Lägg tillbaka den valda anteckningen på parkeringen</translation>
    </message>
    <message>
      <source>Mark the selected note resolved: it is struck through and hidden</source>
      <translation>Markera den valda anteckningen som löst: den stryks över och döljs</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>lägg till anteckning</translation>
    </message>
    <message>
      <source>Move note</source>
      <translation>flytta anteckning</translation>
    </message>
  </context>
  <context>
    <name>PartnerMatrixModel</name>
    <message>
      <source>Lead</source>
      <translation>Ansvarig</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Samverkanspart</translation>
    </message>
    <message>
      <source>Not involved</source>
      <translation>Inte med</translation>
    </message>
    <message>
      <source>%1 – %2: %3</source>
      <translation>%1 – %2: %3</translation>
    </message>
  </context>
  <context>
    <name>PartnerMatrixView</name>
    <message>
      <source>Partner matrix</source>
      <translation>Samverkansmatris</translation>
    </message>
    <message>
      <source>&amp;Lead (L)</source>
      <translation>&amp;Ansvarig (L)</translation>
    </message>
    <message>
      <source>&amp;Partner (P)</source>
      <translation>&amp;Samverkanspart (P)</translation>
    </message>
    <message>
      <source>&amp;Not involved (Delete)</source>
      <translation>&amp;Inte med (Delete)</translation>
    </message>
  </context>
  <context>
    <name>PartnerSection</name>
    <message>
      <source>Partner matrix</source>
      <translation>Samverkansmatris</translation>
    </message>
    <message>
      <source>&amp;Measures of all problems</source>
      <translation>V&amp;isa åtgärder för alla problem</translation>
    </message>
    <message>
      <source>Who leads and who takes part? Click a cell or press Space: empty → Partner → Lead. Keys: L lead, P partner, Delete not involved.</source>
      <translation>Vem är ansvarig och vem deltar? Klicka i en ruta eller tryck Mellanslag: tom → Samverkanspart → Ansvarig. Tangenter: L ansvarig, P samverkanspart, Delete inte med.</translation>
    </message>
    <message>
      <source>Add the organisations in step 0, Preparation, to fill in the matrix.</source>
      <translation>Lägg till organisationerna i steg 0, Förberedelse, för att fylla i matrisen.</translation>
    </message>
    <message>
      <source>Add a measure above to fill in the matrix.</source>
      <translation>Lägg till en åtgärd ovan för att fylla i matrisen.</translation>
    </message>
  </context>
  <context>
    <name>PreconditionTableModel</name>
    <message>
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Bedömning</translation>
    </message>
    <message>
      <source>Current state</source>
      <translation>Nuläge</translation>
    </message>
    <message>
      <source>Obstacles</source>
      <translation>Hinder</translation>
    </message>
    <message>
      <source>Remedy</source>
      <translation>Vad behöver göras</translation>
    </message>
    <message>
      <source>Don't know</source>
      <translation>Vet ej</translation>
    </message>
    <message>
      <source>Not rated yet</source>
      <translation>Inte bedömd än</translation>
    </message>
  </context>
  <context>
    <name>PreconditionsPage</name>
    <message>
      <source>Preconditions</source>
      <translation>Förutsättningar</translation>
    </message>
    <message>
      <source>Select a dimension and rate it: 1 missing … 4 in place (keys 1–4, 0 clears). The form below holds what the group says about it.</source>
      <translation>Välj en dimension och bedöm den: 1 saknas … 4 finns och fungerar (tangenterna 1–4, 0 tömmer). I formuläret nedanför skriver ni vad gruppen säger om den.</translation>
    </message>
    <message>
      <source>Selected dimension</source>
      <translation>Vald dimension</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>Inte bedömd</translation>
    </message>
    <message>
      <source>Don't know</source>
      <translation>Vet ej</translation>
    </message>
    <message>
      <source>The group does not know how far this is in place</source>
      <translation>Gruppen vet inte hur långt detta finns på plats</translation>
    </message>
    <message>
      <source>&amp;Current state</source>
      <translation>&amp;Nuläge</translation>
    </message>
    <message>
      <source>What is in place today?</source>
      <translation>Vad finns på plats i dag?</translation>
    </message>
    <message>
      <source>O&amp;bstacles</source>
      <translation>Hin&amp;der</translation>
    </message>
    <message>
      <source>What is missing or stands in the way?</source>
      <translation>Vad saknas eller står i vägen?</translation>
    </message>
    <message>
      <source>Re&amp;medy</source>
      <translation>&amp;Vad behöver göras</translation>
    </message>
    <message>
      <source>What can be done, and by whom?</source>
      <translation>Vad kan göras, och av vem?</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Bedömning</translation>
    </message>
    <message>
      <source>Organisation for a row of its own</source>
      <translation>Organisation som får en egen rad</translation>
    </message>
    <message>
      <source>&amp;Add row for an organisation</source>
      <translation>&amp;Lägg till rad för en organisation</translation>
    </message>
    <message>
      <source>Rate this dimension separately for one organisation, when they differ</source>
      <translation>Bedöm dimensionen separat för en organisation, när organisationerna skiljer sig åt</translation>
    </message>
    <message>
      <source>Rating: %1</source>
      <translation>Bedömning: %1</translation>
    </message>
    <message>
      <source>&amp;Remove this row</source>
      <translation>Ta &amp;bort raden</translation>
    </message>
    <message>
      <source>C&amp;lear this assessment</source>
      <translation>T&amp;öm bedömningen</translation>
    </message>
    <message>
      <source>Rate precondition</source>
      <translation>Bedöm förutsättning</translation>
    </message>
    <message>
      <source>Edit precondition</source>
      <translation>ändra förutsättning</translation>
    </message>
    <message>
      <source>Add row for an organisation</source>
      <translation>Lägg till rad för en organisation</translation>
    </message>
    <message>
      <source>Remove row</source>
      <translation>ta bort rad</translation>
    </message>
    <message>
      <source>Clear assessment</source>
      <translation>töm bedömningen</translation>
    </message>
  </context>
  <context>
    <name>PreparationPage</name>
    <message>
      <source>Scope of the workshop</source>
      <translation>Workshopens avgränsning</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>&amp;Municipality</source>
      <translation>&amp;Kommun</translation>
    </message>
    <message>
      <source>&amp;Area</source>
      <translation>&amp;Område</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Syfte</translation>
    </message>
    <message>
      <source>&amp;Purpose</source>
      <translation>&amp;Syfte</translation>
    </message>
    <message>
      <source>Language of the minutes</source>
      <translation>Språk i minnesanteckningarna</translation>
    </message>
    <message>
      <source>Language of the &amp;minutes</source>
      <translation>Språk i &amp;minnesanteckningarna</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisationer</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Kind of actor</source>
      <translation>Typ av aktör</translation>
    </message>
    <message>
      <source>New organisation: type its name and press Enter</source>
      <translation>Ny organisation: skriv namnet och tryck Enter</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>New participant: type the name and press Enter</source>
      <translation>Ny deltagare: skriv namnet och tryck Enter</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Möten</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>New meeting: type the place (or a date YYYY-MM-DD) and press Enter</source>
      <translation>Nytt möte: skriv platsen (eller ett datum ÅÅÅÅ-MM-DD) och tryck Enter</translation>
    </message>
    <message>
      <source>Attendance at the selected meeting</source>
      <translation>Närvarande vid det markerade mötet</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>ändra %1</translation>
    </message>
    <message>
      <source>Edit purpose</source>
      <translation>ändra syfte</translation>
    </message>
    <message>
      <source>Change language of the minutes</source>
      <translation>byt språk i minnesanteckningarna</translation>
    </message>
    <message>
      <source>Add row</source>
      <translation>lägg till rad</translation>
    </message>
    <message>
      <source>Edit row</source>
      <translation>ändra rad</translation>
    </message>
    <message>
      <source>Delete row</source>
      <translation>ta bort rad</translation>
    </message>
    <message>
      <source>Move row</source>
      <translation>flytta rad</translation>
    </message>
    <message>
      <source>Change attendance</source>
      <translation>ändra närvaro</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <source>Workshopstöd – presentation</source>
      <translation>Workshopstöd – presentation</translation>
    </message>
  </context>
  <context>
    <name>PrivacyHint</name>
    <message>
      <source>a personal identity number</source>
      <translation>ett personnummer</translation>
    </message>
    <message>
      <source>a coordination number</source>
      <translation>ett samordningsnummer</translation>
    </message>
    <message>
      <source>a phone number</source>
      <translation>ett telefonnummer</translation>
    </message>
    <message>
      <source>an e-mail address</source>
      <translation>en e-postadress</translation>
    </message>
    <message>
      <source>a street address with a door number</source>
      <translation>en gatuadress med nummer</translation>
    </message>
    <message>
      <source>the workshop's description</source>
      <translation>workshopens beskrivning</translation>
    </message>
    <message>
      <source>an organisation</source>
      <translation>en organisation</translation>
    </message>
    <message>
      <source>a meeting</source>
      <translation>ett möte</translation>
    </message>
    <message>
      <source>an indicator</source>
      <translation>en indikator</translation>
    </message>
    <message>
      <source>an indicator's observations or sources</source>
      <translation>en indikators iakttagelser eller källor</translation>
    </message>
    <message>
      <source>a local problem</source>
      <translation>ett lokalt problem</translation>
    </message>
    <message>
      <source>a cause</source>
      <translation>en orsak</translation>
    </message>
    <message>
      <source>a measure</source>
      <translation>en åtgärd</translation>
    </message>
    <message>
      <source>the organisational preconditions</source>
      <translation>de organisatoriska förutsättningarna</translation>
    </message>
    <message>
      <source>a next step</source>
      <translation>ett nästa steg</translation>
    </message>
    <message>
      <source>the parking lot</source>
      <translation>listan Parkerat</translation>
    </message>
    <message>
      <source>%1 in %2 (%3)</source>
      <translation>%1 i %2 (%3)</translation>
    </message>
    <message>
      <source>… and %1 more</source>
      <translation>… och %1 till</translation>
    </message>
    <message>
      <source>Check before exporting</source>
      <translation>Kontrollera innan ni exporterar</translation>
    </message>
    <message>
      <source>Some text looks like personal data. An exported document handed to another organisation can become a public document.</source>
      <translation>En del text ser ut som personuppgifter. Ett exporterat dokument som lämnas till en annan organisation kan bli allmän handling.</translation>
    </message>
    <message>
      <source>Export anyway</source>
      <translation>Exportera ändå</translation>
    </message>
    <message>
      <source>Go back and fix it</source>
      <translation>Gå tillbaka och rätta</translation>
    </message>
  </context>
  <context>
    <name>PrivacyHintBar</name>
    <message>
      <source>Review…</source>
      <translation>Granska…</translation>
    </message>
    <message>
      <source>Review the personal data hints</source>
      <translation>Granska tipsen om personuppgifter</translation>
    </message>
    <message>
      <source>Some text looks like personal data. Describe places and events – not individuals.</source>
      <translation>En del text ser ut som personuppgifter. Beskriv platser och händelser – inte enskilda personer.</translation>
    </message>
    <message>
      <source>This is a place, not a person: %1</source>
      <translation>Det här är en plats, inte en person: %1</translation>
    </message>
    <message>
      <source>Stop pointing this text out in this workshop (also before exports)</source>
      <translation>Sluta peka ut den här texten i den här workshopen (även före export)</translation>
    </message>
  </context>
  <context>
    <name>ProblemDetails</name>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>P&amp;lace</source>
      <translation>P&amp;lats</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>Des&amp;cription</source>
      <translation>&amp;Beskrivning</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <source>&amp;Indicators</source>
      <translation>&amp;Indikatorer</translation>
    </message>
    <message>
      <source>Linked indicators</source>
      <translation>Kopplade indikatorer</translation>
    </message>
    <message>
      <source>%1 (not marked as observed)</source>
      <translation>%1 (inte markerad som observerad)</translation>
    </message>
  </context>
  <context>
    <name>ProblemEdits</name>
    <message>
      <source>Add problem</source>
      <translation>lägg till problem</translation>
    </message>
    <message>
      <source>Add a vote</source>
      <translation>Lägg till en röst</translation>
    </message>
    <message>
      <source>Remove a vote</source>
      <translation>Ta bort en röst</translation>
    </message>
    <message>
      <source>Move problem</source>
      <translation>flytta problem</translation>
    </message>
    <message>
      <source>Delete problem</source>
      <translation>ta bort problem</translation>
    </message>
    <message>
      <source>Prioritise problem</source>
      <translation>prioritera problem</translation>
    </message>
    <message>
      <source>Take off the priority</source>
      <translation>ta bort prioritering</translation>
    </message>
    <message>
      <source>Change rank</source>
      <translation>ändra rangordning</translation>
    </message>
    <message>
      <source>Edit problem</source>
      <translation>ändra problem</translation>
    </message>
    <message>
      <source>Rank by votes</source>
      <translation>rangordna efter röster</translation>
    </message>
    <message>
      <source>Change linked indicators</source>
      <translation>ändra kopplade indikatorer</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPage</name>
    <message>
      <source>Observed indicators</source>
      <translation>Observerade indikatorer</translation>
    </message>
    <message>
      <source>Tick the indicators a problem builds on, then type its title below.</source>
      <translation>Markera de indikatorer som problemet bygger på och skriv sedan dess titel nedan.</translation>
    </message>
    <message>
      <source>New problem: type its title and press Enter</source>
      <translation>Nytt problem: skriv titeln och tryck Enter</translation>
    </message>
    <message>
      <source>&amp;New problem from selected</source>
      <translation>&amp;Nytt problem från valda</translation>
    </message>
    <message>
      <source>A new problem linked to the ticked indicators (title: the typed text)</source>
      <translation>Ett nytt problem kopplat till de markerade indikatorerna (titel: den inskrivna texten)</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <source>Move the problem up (Ctrl+Up)</source>
      <translation>Flytta problemet uppåt (Ctrl+Upp)</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <source>Move the problem down (Ctrl+Down)</source>
      <translation>Flytta problemet nedåt (Ctrl+Ned)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>Delete the problem with its causes and measures (Delete; Ctrl+Z undoes)</source>
      <translation>Ta bort problemet med dess orsaker och åtgärder (Delete; Ctrl+Z ångrar)</translation>
    </message>
    <message>
      <source>Ran&amp;k by votes</source>
      <translation>Rangor&amp;dna efter röster</translation>
    </message>
    <message>
      <source>Number the prioritised problems 1, 2, 3 … by their votes</source>
      <translation>Numrera de prioriterade problemen 1, 2, 3 … efter antal röster</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Röster</translation>
    </message>
    <message>
      <source>Prioritised</source>
      <translation>Prioriterat</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>Remove a vote</source>
      <translation>Ta bort en röst</translation>
    </message>
    <message>
      <source>Remove a vote from the selected problem (−)</source>
      <translation>Ta bort en röst från det markerade problemet (−)</translation>
    </message>
    <message>
      <source>Add a vote</source>
      <translation>Lägg till en röst</translation>
    </message>
    <message>
      <source>Add a vote to the selected problem (+)</source>
      <translation>Ge det markerade problemet en röst (+)</translation>
    </message>
    <message>
      <source>&amp;Prioritise</source>
      <translation>&amp;Prioritera</translation>
    </message>
    <message>
      <source>Prioritise the selected problem, or take it off (Space or P)</source>
      <translation>Prioritera det markerade problemet, eller ta bort prioriteringen (Mellanslag eller P)</translation>
    </message>
    <message>
      <source>Vote…</source>
      <translation>Rösta…</translation>
    </message>
    <message>
      <source>Dot voting by a show of hands: type the count per problem (Ctrl+Shift+V)</source>
      <translation>Prickröstning med handuppräckning: skriv antalet röster per problem (Ctrl+Skift+V)</translation>
    </message>
    <message>
      <source>Votes:</source>
      <translation>Röster:</translation>
    </message>
    <message>
      <source>Selected problem</source>
      <translation>Markerat problem</translation>
    </message>
    <message>
      <source>Is it concrete enough to act on: what, where, when, who?</source>
      <translation>Är det tillräckligt konkret för att vi ska kunna agera: vad, var, när, vem?</translation>
    </message>
    <message>
      <source>No indicator is marked as observed yet (step Indicators). You can still type problems below.</source>
      <translation>Ingen indikator är markerad som observerad ännu (steget Indikatorer). Du kan ändå skriva in problem nedan.</translation>
    </message>
    <message>
      <source>Will be linked to the ticked indicator.</source>
      <translation>Kopplas till den markerade indikatorn.</translation>
    </message>
    <message>
      <source>Will be linked to the %1 ticked indicators.</source>
      <translation>Kopplas till de %1 markerade indikatorerna.</translation>
    </message>
  </context>
  <context>
    <name>ProjectorState</name>
    <message>
      <source>Projector: Break</source>
      <translation>Projektorn: Paus</translation>
    </message>
    <message>
      <source>The projector shows a black screen (Ctrl+B shows the step again)</source>
      <translation>Projektorn visar en svart skärm (Ctrl+B visar steget igen)</translation>
    </message>
    <message>
      <source>Vote result</source>
      <translation>Röstresultat</translation>
    </message>
    <message>
      <source>The projector shows the vote result (Esc shows the step's cards again)</source>
      <translation>Projektorn visar röstresultatet (Esc visar stegets kort igen)</translation>
    </message>
    <message>
      <source>Focus: fishbone of problem %1</source>
      <translation>Fokus: fiskbenet för problem %1</translation>
    </message>
    <message>
      <source>Focus: problem %1</source>
      <translation>Fokus: problem %1</translation>
    </message>
    <message>
      <source>%1 (F6 shows the step's cards again)</source>
      <translation>%1 (F6 visar stegets kort igen)</translation>
    </message>
    <message>
      <source>Projector: page %1/%2</source>
      <translation>Projektorn: sida %1/%2</translation>
    </message>
    <message>
      <source>The cards take several pages: Alt+PgDown and Alt+PgUp turn them</source>
      <translation>Korten tar flera sidor: Alt+PgDown och Alt+PgUp bläddrar</translation>
    </message>
    <message>
      <source>Projector: the step</source>
      <translation>Projektorn: steget</translation>
    </message>
    <message>
      <source>The projector shows the step</source>
      <translation>Projektorn visar steget</translation>
    </message>
    <message>
      <source>Projector: follow-up, action plan</source>
      <translation>Projektorn: uppföljning, handlingsplanen</translation>
    </message>
    <message>
      <source>Projector: follow-up, indicators</source>
      <translation>Projektorn: uppföljning, indikatorerna</translation>
    </message>
    <message>
      <source>Projector: follow-up, goals</source>
      <translation>Projektorn: uppföljning, målen</translation>
    </message>
    <message>
      <source>The projector shows the follow-up meeting: Ctrl+. and Ctrl+, turn to its next and previous slide, Alt+PgDown and Alt+PgUp to its pages</source>
      <translation>Projektorn visar uppföljningsmötet: Ctrl+. och Ctrl+, går till nästa och föregående bild, Alt+PgDown och Alt+PgUp till dess sidor</translation>
    </message>
    <message>
      <source>(page %1/%2)</source>
      <translation>(sida %1/%2)</translation>
    </message>
  </context>
  <context>
    <name>RatingDelegate</name>
    <message>
      <source>Rating</source>
      <translation>Bedömning</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>Inte bedömd</translation>
    </message>
    <message>
      <source>Don't know</source>
      <translation>Vet ej</translation>
    </message>
  </context>
  <context>
    <name>RecordFields</name>
    <message>
      <source>For the minutes</source>
      <translation>Till minnesanteckningarna</translation>
    </message>
    <message>
      <source>Minutes taken by</source>
      <translation>Antecknat av</translation>
    </message>
    <message>
      <source>A role or organisation, e.g. the secretary</source>
      <translation>En roll eller organisation, t.ex. sekreteraren</translation>
    </message>
    <message>
      <source>Logo on the cover of the minutes</source>
      <translation>Logotyp på minnesanteckningarnas försättsblad</translation>
    </message>
    <message>
      <source>Choose &amp;logo…</source>
      <translation>Välj &amp;logotyp…</translation>
    </message>
    <message>
      <source>A PNG or JPEG picture of at most %1 MB, shown on the cover of the minutes</source>
      <translation>En PNG- eller JPEG-bild på högst %1 MB, som visas på minnesanteckningarnas försättsblad</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>Ta bort logotyp</translation>
    </message>
    <message>
      <source>Minutes &amp;taken by</source>
      <translation>An&amp;tecknat av</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logotyp</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>New attachment: type its title and press Enter</source>
      <translation>Ny bilaga: skriv dess titel och tryck Enter</translation>
    </message>
    <message>
      <source>Distribution list</source>
      <translation>Sändlista</translation>
    </message>
    <message>
      <source>Organisation or role</source>
      <translation>Organisation eller roll</translation>
    </message>
    <message>
      <source>New recipient: type an organisation or role and press Enter</source>
      <translation>Ny mottagare: skriv en organisation eller roll och tryck Enter</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Ingen logotyp</translation>
    </message>
    <message>
      <source>Edit minutes taken by</source>
      <translation>Ändra antecknat av</translation>
    </message>
    <message>
      <source>Choose logo</source>
      <translation>Välj logotyp</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Bilder (*.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
    <message>
      <source>Reading the picture…</source>
      <translation>Läser bilden…</translation>
    </message>
    <message>
      <source>The picture is %1 MB; a logo may be at most %2 MB. Save it smaller and try again.</source>
      <translation>Bilden är %1 MB; en logotyp får vara högst %2 MB. Spara den mindre och försök igen.</translation>
    </message>
    <message>
      <source>The file could not be read. Check that it exists and that you may open it.</source>
      <translation>Filen kunde inte läsas. Kontrollera att den finns och att du har behörighet att öppna den.</translation>
    </message>
    <message>
      <source>The file is not a PNG or JPEG picture. Choose a PNG or JPEG file.</source>
      <translation>Filen är inte en PNG- eller JPEG-bild. Välj en PNG- eller JPEG-fil.</translation>
    </message>
    <message>
      <source>The picture is damaged and cannot be shown. Choose another file.</source>
      <translation>Bilden är skadad och kan inte visas. Välj en annan fil.</translation>
    </message>
    <message>
      <source>Add row</source>
      <translation>lägg till rad</translation>
    </message>
    <message>
      <source>Edit row</source>
      <translation>ändra rad</translation>
    </message>
    <message>
      <source>Delete row</source>
      <translation>ta bort rad</translation>
    </message>
    <message>
      <source>Move row</source>
      <translation>flytta rad</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
      <source>Choose the backup to go back to. Everything saved after it is replaced; the current database is kept in the folder “replaced” in the data folder.</source>
      <translation>Välj den säkerhetskopia ni vill gå tillbaka till. Allt som sparats efter den ersätts; den nuvarande databasen sparas i mappen ”replaced” i datamappen.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Säkerhetskopior</translation>
    </message>
    <message>
      <source>There are no backups yet. They are taken while you work.</source>
      <translation>Det finns inga säkerhetskopior ännu. De tas medan ni arbetar.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Återställ</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>kan inte läsas</translation>
    </message>
    <message>
      <source>1 workshop</source>
      <translation>1 workshop</translation>
    </message>
    <message>
      <source>%1 workshops</source>
      <translation>%1 workshopar</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>före en uppgradering</translation>
    </message>
  </context>
  <context>
    <name>SaveStatusLabel</name>
    <message>
      <source>the disk is full</source>
      <translation>disken är full</translation>
    </message>
    <message>
      <source>The change could not be saved: %1. It stays on screen and is tried again.</source>
      <translation>Ändringen kunde inte sparas: %1. Den finns kvar på skärmen och appen försöker spara den igen.</translation>
    </message>
    <message>
      <source>no permission to write the data folder</source>
      <translation>behörighet saknas att skriva i datamappen</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation>Sparstatus</translation>
    </message>
    <message>
      <source>Not saved – %1</source>
      <translation>Inte sparat – %1</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Sparar…</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Sparat %1</translation>
    </message>
    <message>
      <source>Updated with changes saved elsewhere</source>
      <translation>Uppdaterad med ändringar som sparats på annat håll</translation>
    </message>
    <message>
      <source>The disk is full: %1 could not be written.</source>
      <translation>Disken är full: %1 kunde inte skrivas.</translation>
    </message>
    <message>
      <source>The folder of %1 cannot be written to; choose another folder.</source>
      <translation>Det går inte att skriva i mappen för %1; välj en annan mapp.</translation>
    </message>
    <message>
      <source>The folder of %1 does not exist.</source>
      <translation>Mappen för %1 finns inte.</translation>
    </message>
    <message>
      <source>%1 is probably open in another program. Close it there and export again.</source>
      <translation>%1 är troligen öppen i ett annat program. Stäng den där och exportera igen.</translation>
    </message>
    <message>
      <source>Someone else changed this workshop at the same time, so your last change was not saved. What is saved now is shown; make the change again if it is still needed.</source>
      <translation>Någon annan ändrade den här workshopen samtidigt, så din senaste ändring sparades inte. Det som är sparat nu visas; gör ändringen igen om den fortfarande behövs.</translation>
    </message>
    <message>
      <source>The database server cannot be reached. Check the network; Workshopstöd keeps trying.</source>
      <translation>Databasservern går inte att nå. Kontrollera nätverket; Workshopstöd fortsätter att försöka.</translation>
    </message>
    <message>
      <source>the data folder is read-only</source>
      <translation>datamappen är skrivskyddad</translation>
    </message>
    <message>
      <source>the connection to the database server was lost</source>
      <translation>anslutningen till databasservern bröts</translation>
    </message>
    <message>
      <source>another person was saving at the same moment</source>
      <translation>någon annan sparade i samma ögonblick</translation>
    </message>
    <message>
      <source>the database server's disk is full</source>
      <translation>databasserverns disk är full</translation>
    </message>
    <message>
      <source>All changes are saved</source>
      <translation>Alla ändringar är sparade</translation>
    </message>
  </context>
  <context>
    <name>ShortcutSheet</name>
    <message>
      <source>On every page</source>
      <translation>På alla sidor</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
    <message>
      <source>Problems and measures</source>
      <translation>Problem och åtgärder</translation>
    </message>
    <message>
      <source>Dot voting</source>
      <translation>Prickröstning</translation>
    </message>
    <message>
      <source>Causes</source>
      <translation>Orsaker</translation>
    </message>
    <message>
      <source>Partner matrix (measures)</source>
      <translation>Samverkansmatris (åtgärder)</translation>
    </message>
    <message>
      <source>Preconditions</source>
      <translation>Förutsättningar</translation>
    </message>
    <message>
      <source>The projector, from the laptop</source>
      <translation>Projektorn, från datorn</translation>
    </message>
    <message>
      <source>Status of the selected indicator: %1</source>
      <translation>Status för den valda indikatorn: %1</translation>
    </message>
    <message>
      <source>In a “New …” line: add what you typed</source>
      <translation>I en ”Ny …”-rad: lägg till det du skrivit</translation>
    </message>
    <message>
      <source>Move the selected row, also right after adding it</source>
      <translation>Flytta den valda raden, också direkt efter att den lagts till</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Ta bort den valda raden</translation>
    </message>
    <message>
      <source>Edit the selected cell</source>
      <translation>Redigera den valda cellen</translation>
    </message>
    <message>
      <source>Next or previous field</source>
      <translation>Nästa eller föregående fält</translation>
    </message>
    <message>
      <source>Remove the selected own indicator</source>
      <translation>Ta bort den valda egna indikatorn</translation>
    </message>
    <message>
      <source>Show only the observed indicators</source>
      <translation>Visa bara de observerade indikatorerna</translation>
    </message>
    <message>
      <source>Next knowledge gap in the information matrix</source>
      <translation>Nästa kunskapslucka i informationsmatrisen</translation>
    </message>
    <message>
      <source>Information matrix: the kind of source in the cell</source>
      <translation>Informationsmatrisen: typ av källa i cellen</translation>
    </message>
    <message>
      <source>Information matrix: empty the cell</source>
      <translation>Informationsmatrisen: töm cellen</translation>
    </message>
    <message>
      <source>Give or take back a vote</source>
      <translation>Ge eller ta tillbaka en röst</translation>
    </message>
    <message>
      <source>Prioritise the selected problem, or undo that</source>
      <translation>Prioritera det valda problemet, eller ta tillbaka prioriteringen</translation>
    </message>
    <message>
      <source>Dot voting by a show of hands</source>
      <translation>Prickröstning med handuppräckning</translation>
    </message>
    <message>
      <source>Type the number of votes for the selected row</source>
      <translation>Skriv antalet röster för den valda raden</translation>
    </message>
    <message>
      <source>Save the number and go to the next row</source>
      <translation>Spara antalet och gå till nästa rad</translation>
    </message>
    <message>
      <source>One vote more or less</source>
      <translation>En röst mer eller mindre</translation>
    </message>
    <message>
      <source>Erase the last digit typed</source>
      <translation>Radera den senast skrivna siffran</translation>
    </message>
    <message>
      <source>Forget the digits typed</source>
      <translation>Glöm de skrivna siffrorna</translation>
    </message>
    <message>
      <source>Show the result on the projector</source>
      <translation>Visa resultatet på projektorn</translation>
    </message>
    <message>
      <source>Add the typed cause to the chosen branch</source>
      <translation>Lägg till den skrivna orsaken i den valda grenen</translation>
    </message>
    <message>
      <source>Add it as a sub-cause of the selected cause: ask “why?” again</source>
      <translation>Lägg till den som underorsak till den valda orsaken: fråga ”varför?” igen</translation>
    </message>
    <message>
      <source>The organisation leads the measure</source>
      <translation>Organisationen leder åtgärden</translation>
    </message>
    <message>
      <source>The organisation is a partner</source>
      <translation>Organisationen är samverkanspart</translation>
    </message>
    <message>
      <source>Next role in turn</source>
      <translation>Nästa roll i tur och ordning</translation>
    </message>
    <message>
      <source>No role</source>
      <translation>Ingen roll</translation>
    </message>
    <message>
      <source>Rate the selected dimension</source>
      <translation>Bedöm den valda dimensionen</translation>
    </message>
    <message>
      <source>Take the rating back</source>
      <translation>Ta tillbaka bedömningen</translation>
    </message>
    <message>
      <source>Clicker: next or previous question (cursor in a one-line field)</source>
      <translation>Klickare: nästa eller föregående fråga (markören i ett enradsfält)</translation>
    </message>
    <message>
      <source>Take the vote result off the projector (closing the voting dialog does too)</source>
      <translation>Ta bort röstresultatet från projektorn (det gör också att stänga röstningsfönstret)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Kortkommandon</translation>
    </message>
    <message>
      <source>Every command is also in the menus. Keys of a page work where the page is.</source>
      <translation>Alla kommandon finns också i menyerna. En sidas tangenter fungerar på den sidan.</translation>
    </message>
  </context>
  <context>
    <name>SourceDelegate</name>
    <message>
      <source>Kind of information</source>
      <translation>Typ av information</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Workshops</source>
      <translation>Workshopar</translation>
    </message>
    <message>
      <source>Lead a local working group through Brå's workshop on crime and insecurity linked to parallel social structures. Everything is saved on this computer as you work.</source>
      <translation>Led en lokal arbetsgrupp genom Brås workshop om brott och otrygghet med koppling till parallella samhällsstrukturer. Allt sparas på den här datorn medan ni arbetar.</translation>
    </message>
    <message>
      <source>Search by title, municipality or area</source>
      <translation>Sök på titel, kommun eller område</translation>
    </message>
    <message>
      <source>Search workshops</source>
      <translation>Sök workshopar</translation>
    </message>
    <message>
      <source>Saved workshops</source>
      <translation>Sparade workshopar</translation>
    </message>
    <message>
      <source>No workshops yet. Start a new one, import a file or open the example.</source>
      <translation>Inga workshopar ännu. Skapa en ny, importera en fil eller öppna exemplet.</translation>
    </message>
  </context>
  <context>
    <name>StepPage</name>
    <message>
      <source>This step is &amp;done</source>
      <translation>Steget är &amp;klart</translation>
    </message>
    <message>
      <source>Dot voting</source>
      <translation>Prickröstning</translation>
    </message>
    <message>
      <source>There is nothing to vote on in this step. Dot voting (Ctrl+Shift+V) is used on the steps Local problems and Measures and partners (Ctrl+PgUp / Ctrl+PgDown moves between steps).</source>
      <translation>I det här steget finns inget att rösta om. Prickröstning (Ctrl+Skift+V) används i stegen Lokala problem och Åtgärder och samverkansparter (Ctrl+PgUp / Ctrl+PgDown byter steg).</translation>
    </message>
    <message>
      <source>Mark step done</source>
      <translation>markera steget som klart</translation>
    </message>
    <message>
      <source>Mark step not done</source>
      <translation>markera steget som inte klart</translation>
    </message>
  </context>
  <context>
    <name>StepRail</name>
    <message>
      <source>Steps of the workshop</source>
      <translation>Workshopens steg</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>inte påbörjat</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>pågår</translation>
    </message>
    <message>
      <source>done</source>
      <translation>klart</translation>
    </message>
  </context>
  <context>
    <name>StepTimer</name>
    <message>
      <source>Reset the step timer</source>
      <translation>Nollställ stegtimern</translation>
    </message>
  </context>
  <context>
    <name>StepTimerWidget</name>
    <message>
      <source>Reset</source>
      <translation>Nollställ</translation>
    </message>
    <message>
      <source>Reset the step timer</source>
      <translation>Nollställ stegtimern</translation>
    </message>
    <message>
      <source>Reset the step timer to zero (%1). Ctrl+Z brings the time back.</source>
      <translation>Nollställ stegtimern (%1). Ctrl+Z ger tillbaka tiden.</translation>
    </message>
    <message>
      <source>Step timer</source>
      <translation>Stegtimer</translation>
    </message>
    <message>
      <source>used, no plan</source>
      <translation>använt, ingen plan</translation>
    </message>
    <message>
      <source>%1 used of this step; no time planned.</source>
      <translation>%1 använt i det här steget; ingen tid planerad.</translation>
    </message>
    <message>
      <source>%1 left</source>
      <translation>%1 kvar</translation>
    </message>
    <message>
      <source>%1 over time</source>
      <translation>%1 övertid</translation>
    </message>
    <message>
      <source>of %1 min</source>
      <translation>av %1 min</translation>
    </message>
    <message>
      <source>%1 minutes planned for this step, %2 used.</source>
      <translation>%1 minuter planerade för steget, %2 använt.</translation>
    </message>
    <message>
      <source>%1 · paused</source>
      <translation>%1 · pausad</translation>
    </message>
    <message>
      <source>%1 starts and pauses, %2 resets.</source>
      <translation>%1 startar och pausar, %2 nollställer.</translation>
    </message>
    <message>
      <source>Pause the step timer</source>
      <translation>Pausa stegtimern</translation>
    </message>
    <message>
      <source>Start the step timer</source>
      <translation>Starta stegtimern</translation>
    </message>
  </context>
  <context>
    <name>TextLimit</name>
    <message>
      <source>At most %1 characters – the limit is reached</source>
      <translation>Högst %1 tecken – gränsen är nådd</translation>
    </message>
  </context>
  <context>
    <name>TransferController</name>
    <message>
      <source>&amp;Import file…</source>
      <translation>&amp;Importera fil…</translation>
    </message>
    <message>
      <source>&amp;Export file…</source>
      <translation>&amp;Exportera fil…</translation>
    </message>
    <message>
      <source>Export to &amp;Word…</source>
      <translation>Exportera till &amp;Word…</translation>
    </message>
    <message>
      <source>Open the e&amp;xample workshop</source>
      <translation>Öppna e&amp;xempelworkshopen</translation>
    </message>
    <message>
      <source>A fictional, filled-in workshop to look around in</source>
      <translation>En påhittad, ifylld workshop att titta runt i</translation>
    </message>
    <message>
      <source>Opening the example workshop…</source>
      <translation>Öppnar exempelworkshopen…</translation>
    </message>
    <message>
      <source>Import workshop file</source>
      <translation>Importera workshopfil</translation>
    </message>
    <message>
      <source>Workshop files (*.workshop.json *.json);;All files (*)</source>
      <translation>Workshopfiler (*.workshop.json *.json);;Alla filer (*)</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>Importerar %1…</translation>
    </message>
    <message>
      <source>Imported “%1”.</source>
      <translation>Importerade ”%1”.</translation>
    </message>
    <message>
      <source>The file could not be imported</source>
      <translation>Filen kunde inte importeras</translation>
    </message>
    <message>
      <source>Nothing was changed. The file was refused because:

%1</source>
      <translation>Ingenting har ändrats. Filen godtogs inte eftersom:

%1</translation>
    </message>
    <message>
      <source>Export workshop file</source>
      <translation>Exportera workshopfil</translation>
    </message>
    <message>
      <source>Workshop files (*.workshop.json)</source>
      <translation>Workshopfiler (*.workshop.json)</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>Exporterad till %1</translation>
    </message>
    <message>
      <source>%1 – minutes %2</source>
      <translation>%1 – minnesanteckningar %2</translation>
    </message>
    <message>
      <source>%1 – situation report %2</source>
      <translation>%1 – underlag till lägesbild %2</translation>
    </message>
    <message>
      <source>%1 – action plan %2</source>
      <translation>%1 – åtgärdsplan %2</translation>
    </message>
    <message>
      <source>Writing the document…</source>
      <translation>Skriver dokumentet…</translation>
    </message>
    <message>
      <source>Export documents</source>
      <translation>Exportera dokument</translation>
    </message>
    <message>
      <source>Document exported</source>
      <translation>Dokumentet har exporterats</translation>
    </message>
    <message>
      <source>The document was saved as
%1</source>
      <translation>Dokumentet sparades som
%1</translation>
    </message>
    <message>
      <source>Open the document</source>
      <translation>Öppna dokumentet</translation>
    </message>
    <message>
      <source>Show the folder</source>
      <translation>Visa mappen</translation>
    </message>
  </context>
  <context>
    <name>VotingDialog</name>
    <message>
      <source>Vote on the problems</source>
      <translation>Rösta om problemen</translation>
    </message>
    <message>
      <source>Vote on the measures: %1</source>
      <translation>Rösta om åtgärderna: %1</translation>
    </message>
    <message>
      <source>Vote on the measures</source>
      <translation>Rösta om åtgärderna</translation>
    </message>
    <message>
      <source>Count the hands for each item. &lt;b&gt;↑ ↓&lt;/b&gt; choose · &lt;b&gt;digits&lt;/b&gt; then &lt;b&gt;Enter&lt;/b&gt; save the count · &lt;b&gt;+ −&lt;/b&gt; one more or less · &lt;b&gt;0&lt;/b&gt; clears · &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes</source>
      <translation>Räkna uppräckta händer för varje punkt. &lt;b&gt;↑ ↓&lt;/b&gt; välj · &lt;b&gt;siffror&lt;/b&gt; och &lt;b&gt;Enter&lt;/b&gt; sparar antalet · &lt;b&gt;+ −&lt;/b&gt; en fler eller färre · &lt;b&gt;0&lt;/b&gt; nollställer · &lt;b&gt;Ctrl+Z&lt;/b&gt; ångrar</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <source>Dots per person</source>
      <translation>Röster per person</translation>
    </message>
    <message>
      <source>P&amp;articipants</source>
      <translation>&amp;Deltagare</translation>
    </message>
    <message>
      <source>&amp;Dots per person</source>
      <translation>&amp;Röster per person</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Röster</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Åtgärd</translation>
    </message>
    <message>
      <source>There are no problems to vote on yet.</source>
      <translation>Det finns inga problem att rösta om ännu.</translation>
    </message>
    <message>
      <source>There are no measures to vote on yet.</source>
      <translation>Det finns inga åtgärder att rösta om ännu.</translation>
    </message>
    <message>
      <source>Result, most votes first</source>
      <translation>Resultat, flest röster först</translation>
    </message>
    <message>
      <source>Show the result on the projector (Ctrl+P)</source>
      <translation>Visa resultat på projektorn (Ctrl+P)</translation>
    </message>
    <message>
      <source>The items sorted by votes, in large type on the projector</source>
      <translation>Punkterna sorterade efter antal röster, i stor stil på projektorn</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <source>%1 votes given. No budget: enter participants and dots per person.</source>
      <translation>%1 röster lagda. Ingen gräns: ange deltagare och röster per person.</translation>
    </message>
    <message>
      <source>%1 / %2 votes given, %3 left.</source>
      <translation>%1 av %2 röster lagda, %3 kvar.</translation>
    </message>
    <message>
      <source>%1 / %2 votes given: all dots are used.</source>
      <translation>%1 av %2 röster lagda: alla röster är använda.</translation>
    </message>
    <message>
      <source>%1 / %2 votes given: %4 more than the budget. Count again?</source>
      <translation>%1 av %2 röster lagda: %4 fler än gränsen. Räkna igen?</translation>
    </message>
    <message>
      <source>1 vote</source>
      <translation>1 röst</translation>
    </message>
    <message>
      <source>%1 votes</source>
      <translation>%1 röster</translation>
    </message>
    <message>
      <source>Votes: %1</source>
      <translation>Röster: %1</translation>
    </message>
    <message>
      <source>Empty: no budget</source>
      <translation>Tomt: ingen gräns</translation>
    </message>
  </context>
  <context>
    <name>WordExportDialog</name>
    <message>
      <source>Export documents</source>
      <translation>Exportera dokument</translation>
    </message>
    <message>
      <source>Minutes, &amp;full – every step, the information matrix, glossary</source>
      <translation>Minnesanteckningar, &amp;fullständiga – alla steg, informationsmatrisen, ordlista</translation>
    </message>
    <message>
      <source>Minutes, &amp;short – summary, prioritised problems, next steps</source>
      <translation>Minnesanteckningar, &amp;korta – sammanfattning, prioriterade problem, nästa steg</translation>
    </message>
    <message>
      <source>Basis for the &amp;situation report (lägesbild) – observations, gaps, analysis</source>
      <translation>Underlag till &amp;lägesbild – iakttagelser, kunskapsluckor, analys</translation>
    </message>
    <message>
      <source>&amp;Action plan (åtgärdsplan) – measures, lead, schedule, for the steering group</source>
      <translation>&amp;Åtgärdsplan – åtgärder, ansvar, tidsplan, för styrgruppen</translation>
    </message>
    <message>
      <source>E&amp;xcel workbook – action plan, information and partner matrices</source>
      <translation>E&amp;xcelarbetsbok – åtgärdsplan, informations- och samverkansmatris</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>The last meeting held</source>
      <translation>Det senast hållna mötet</translation>
    </message>
    <message>
      <source>e.g. KS 2026/123</source>
      <translation>t.ex. KS 2026/123</translation>
    </message>
    <message>
      <source>May contain information subject to secrecy</source>
      <translation>Kan innehålla uppgifter som omfattas av sekretess</translation>
    </message>
    <message>
      <source>&amp;Roles only – no names of participants</source>
      <translation>Endast roller – &amp;inga namn på deltagare</translation>
    </message>
    <message>
      <source>For the record (not saved in the workshop)</source>
      <translation>För diariet (sparas inte i workshopen)</translation>
    </message>
    <message>
      <source>&amp;Meeting recorded:</source>
      <translation>&amp;Möte som antecknas:</translation>
    </message>
    <message>
      <source>Registration &amp;number (diarienummer):</source>
      <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
      <source>&amp;Classification line:</source>
      <translation>Klassificerings&amp;rad:</translation>
    </message>
    <message>
      <source>File to save</source>
      <translation>Fil att spara</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Bläddra…</translation>
    </message>
    <message>
      <source>Save &amp;as:</source>
      <translation>Spara &amp;som:</translation>
    </message>
    <message>
      <source>Minutes kept by the municipality or the police are normally public documents that anyone may ask for. Check that they describe places and events, not individuals.</source>
      <translation>Minnesanteckningar hos kommunen eller polisen är normalt allmänna handlingar som kan begäras ut. Kontrollera att de beskriver platser och händelser, inte enskilda personer.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excelarbetsböcker (*.xlsx)</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Spara dokumentet</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportera</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word-dokument (*.docx)</translation>
    </message>
  </context>
  <context>
    <name>WorkshopListController</name>
    <message>
      <source>&amp;New workshop…</source>
      <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Öppna</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>&amp;Byt namn…</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>&amp;Duplicera</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>&amp;Ta bort…</translation>
    </message>
    <message>
      <source>Rename workshop</source>
      <translation>Byt namn på workshop</translation>
    </message>
    <message>
      <source>New title:</source>
      <translation>Ny titel:</translation>
    </message>
    <message>
      <source>Delete workshop</source>
      <translation>Ta bort workshop</translation>
    </message>
    <message>
      <source>Delete the workshop “%1” and everything in it?</source>
      <translation>Vill du ta bort workshopen ”%1” och allt som finns i den?</translation>
    </message>
    <message>
      <source>This cannot be undone. Export a workshop file first if you may need it again.</source>
      <translation>Det går inte att ångra. Exportera en workshopfil först om ni kan behöva den igen.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
  </context>
  <context>
    <name>WorkshopListModel</name>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Område</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Senast ändrad</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Framsteg</translation>
    </message>
    <message>
      <source>%1 of %2 steps done</source>
      <translation>%1 av %2 steg klara</translation>
    </message>
  </context>
  <context>
    <name>WorkshopView</name>
    <message>
      <source>All workshops</source>
      <translation>Alla workshopar</translation>
    </message>
    <message>
      <source>Back to the list of workshops (Ctrl+W)</source>
      <translation>Tillbaka till listan över workshopar (Ctrl+W)</translation>
    </message>
    <message>
      <source>Export to Word…</source>
      <translation>Exportera till Word…</translation>
    </message>
    <message>
      <source>Write the minutes as a Word document (Ctrl+Shift+E)</source>
      <translation>Skriv minnesanteckningarna som ett Word-dokument (Ctrl+Skift+E)</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Uppföljning</translation>
    </message>
  </context>
</TS>
